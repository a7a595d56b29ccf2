import Link from 'next/link';

/** The shop's footer: what this shop is, and where its lists come from. */
export function Footer() {
  return (
    <footer className="mt-16 border-t border-zinc-200 bg-zinc-50">
      <div className="mx-auto grid max-w-7xl gap-6 px-4 py-10 text-sm text-zinc-600 sm:grid-cols-3 sm:px-6">
        <div>
          <p className="font-semibold text-zinc-900">Aisle demo store</p>
          <p className="mt-2">A shop made up for the demo: no payment is taken and nothing is shipped.</p>
        </div>
        <div>
          <p className="font-semibold text-zinc-900">Shop</p>
          <ul className="mt-2 grid gap-1">
            <li>
              <Link href="/for-you" className="hover:underline">
                Picks for you
              </Link>
            </li>
            <li>
              <Link href="/cart" className="hover:underline">
                Your cart
              </Link>
            </li>
          </ul>
        </div>
        <div>
          <p className="font-semibold text-zinc-900">Recommendations</p>
          <p className="mt-2">
            Every list on these pages is served by Aisle from the shop&apos;s own orders, views and catalog.
          </p>
        </div>
      </div>
    </footer>
  );
}
