import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">We could not find that page</h1>
      <p className="mt-3 text-zinc-700">The product or category may have been removed from the catalog.</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-full bg-brand-700 px-5 py-3 text-sm font-semibold text-white"
      >
        Back to the shop
      </Link>
    </div>
  );
}
