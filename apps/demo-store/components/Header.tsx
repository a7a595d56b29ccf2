import Link from 'next/link';

import { readCart } from '../lib/cart/readCart';
import { getDepartments } from '../lib/catalog/getDepartments';
import { signOut } from '../lib/shopper/signIn';
import { signedInCustomer } from '../lib/shopper/signedInCustomer';

/**
 * The shop's header: name, departments, the shopper's page, signing in or out, and the cart with its count (from
 * the cart cookie).
 */
export async function Header() {
  const [departments, cart, customer] = await Promise.all([getDepartments(), readCart(), signedInCustomer()]);
  const count = cart.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <header className="sticky top-0 z-20 border-b border-zinc-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-xl font-bold tracking-tight text-brand-900">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 fill-brand-700">
            <path d="M4 4h3l2 11h9l2-8H8.2L7.8 5H4z" opacity=".35" />
            <circle cx="10" cy="19" r="1.8" />
            <circle cx="17" cy="19" r="1.8" />
          </svg>
          Aisle
        </Link>
        <span className="hidden text-sm text-zinc-500 md:inline">Home, garden and outdoors</span>
        <nav aria-label="Your shop" className="ml-auto flex items-center gap-1 sm:gap-2">
          <Link
            href="/for-you"
            className="rounded-full px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100"
          >
            For you
          </Link>
          {customer ? (
            <form action={signOut}>
              <button
                type="submit"
                className="rounded-full px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100"
              >
                Sign out
              </button>
            </form>
          ) : (
            <Link
              href="/sign-in"
              className="rounded-full px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100"
            >
              Sign in
            </Link>
          )}
          <Link
            href="/cart"
            className="relative flex items-center gap-2 rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700"
            data-testid="cart-link"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
              <path d="M6 7h12l-1 13H7z" />
              <path d="M9 7a3 3 0 0 1 6 0" />
            </svg>
            Cart
            <span
              className="grid min-w-6 place-items-center rounded-full bg-white px-1.5 text-xs font-bold text-zinc-900"
              data-testid="cart-count"
            >
              <span className="sr-only">items:</span>
              {count}
            </span>
          </Link>
        </nav>
      </div>
      <nav aria-label="Departments" className="border-t border-zinc-100">
        <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-2 py-1.5 text-sm whitespace-nowrap sm:px-4 [scrollbar-width:none]">
          {departments.map((department) => (
            <li key={department.slug}>
              <Link
                href={`/categories/${department.slug}`}
                className="block rounded-full px-3 py-1.5 text-zinc-700 hover:bg-brand-50 hover:text-brand-700"
              >
                {department.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
