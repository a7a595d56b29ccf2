'use client';

/** A page whose data could not be read (the CMS is down, most likely): say so and offer to try again. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">The shop could not load this page</h1>
      <p className="mt-3 text-zinc-700">
        The catalog did not answer. Try again in a moment{error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-full bg-brand-700 px-5 py-3 text-sm font-semibold text-white"
      >
        Try again
      </button>
    </div>
  );
}
