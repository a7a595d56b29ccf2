import Link from 'next/link';

/** Where the page sits in the shop: links up to the home page, the current page last and unlinked. */
export function Breadcrumbs({
  trail,
  current,
}: {
  trail: { href: string; label: string }[];
  current: string;
}) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-zinc-500">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link href="/" className="hover:text-zinc-900 hover:underline">
            Home
          </Link>
        </li>
        {trail.map((step) => (
          <li key={step.href} className="flex items-center gap-1">
            <span aria-hidden="true">/</span>
            <Link href={step.href} className="hover:text-zinc-900 hover:underline">
              {step.label}
            </Link>
          </li>
        ))}
        <li className="flex min-w-0 items-center gap-1">
          <span aria-hidden="true">/</span>
          <span aria-current="page" className="truncate text-zinc-700">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
