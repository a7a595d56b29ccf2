import { Placement } from '@aisle/react/placement';
import type { ListRequest } from '@aisle/react/server';
import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';

import { BundleList } from '../../components/BundleList';
import { QuantityControls } from '../../components/QuantityControls';
import { Section } from '../../components/Section';
import { StoreRecommendations } from '../../components/StoreRecommendations';
import { getCartItems } from '../../lib/cart/getCartItems';
import { formatPrice } from '../../lib/formatPrice';
import { PREFETCHED_LIST_OPTIONS } from '../../lib/recommendations/prefetchedListOptions';
import { prefetchLists } from '../../lib/recommendations/prefetchLists';
import { getShopper } from '../../lib/shopper/getShopper';

export const metadata: Metadata = { title: 'Your cart' };

const BUNDLE_LIMIT = 4;
// Below the basket (or alone when it is empty), the merchandisers' slot: the seed makes it our best sellers.
const SLOT = 'cart';

export default async function CartPage() {
  const shopper = await getShopper();
  const items = await getCartItems();
  const basket = items.map((item) => item.product.id);
  const lists: ListRequest[] = basket.length
    ? [{ list: 'frequently-bought-together', basket, limit: BUNDLE_LIMIT }]
    : [];
  // An empty cart has no basket to send (the slot's lists then need none).
  const page = basket.length ? { basket } : {};
  const fallback = await prefetchLists(shopper, lists, [], [{ slot: SLOT, ...page }]);
  const slot = (
    <div className="mx-auto flex max-w-7xl flex-col gap-12 px-4 py-6 empty:hidden sm:px-6">
      <Placement slot={SLOT} {...page} options={PREFETCHED_LIST_OPTIONS} />
    </div>
  );
  const total = items.reduce((sum, item) => sum + item.product.price * item.quantity, 0);
  const currency = items[0]?.product.currency ?? 'EUR';

  return (
    <StoreRecommendations shopper={shopper} fallback={fallback}>
      <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">Your cart</h1>
      </div>
      {items.length === 0 ? (
        <>
          <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
            <p className="text-zinc-700">Your cart is empty.</p>
            <Link
              href="/"
              className="mt-4 inline-block rounded-full bg-brand-700 px-5 py-3 text-sm font-semibold text-white"
            >
              Continue shopping
            </Link>
          </div>
          {slot}
        </>
      ) : (
        <>
          <div className="mx-auto grid max-w-7xl gap-8 px-4 py-6 sm:px-6 lg:grid-cols-[1fr_22rem]">
            <ul className="divide-y divide-zinc-200 border-y border-zinc-200" data-testid="cart-lines">
              {items.map(({ product, quantity }) => (
                <li key={product.id} className="flex gap-4 py-4" data-testid="cart-line">
                  <Link
                    href={`/products/${product.id}`}
                    className="size-24 shrink-0 overflow-hidden rounded-xl bg-zinc-100 sm:size-28"
                  >
                    {product.image && (
                      <Image
                        src={product.image.url}
                        alt=""
                        width={112}
                        height={112}
                        className="size-full object-cover"
                      />
                    )}
                  </Link>
                  <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                    <div className="min-w-0">
                      <Link href={`/products/${product.id}`} className="font-medium hover:underline">
                        {product.title}
                      </Link>
                      <p className="text-sm text-zinc-500">
                        {formatPrice(product.price, product.currency)} each
                      </p>
                      <div className="mt-2">
                        <QuantityControls productId={product.id} quantity={quantity} title={product.title} />
                      </div>
                    </div>
                    <p className="font-semibold tabular-nums">
                      {formatPrice(product.price * quantity, product.currency)}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
            <aside className="h-fit rounded-2xl bg-zinc-50 p-6 ring-1 ring-zinc-200">
              <h2 className="text-lg font-semibold">Summary</h2>
              <dl className="mt-4 grid grid-cols-[1fr_auto] gap-2 text-sm">
                <dt>Subtotal</dt>
                <dd className="tabular-nums" data-testid="cart-subtotal">
                  {formatPrice(total, currency)}
                </dd>
                <dt>Delivery</dt>
                <dd>Free</dd>
              </dl>
              <Link
                href="/checkout"
                className="mt-6 block rounded-full bg-brand-700 px-5 py-3 text-center font-semibold text-white hover:bg-brand-600"
              >
                Go to checkout
              </Link>
            </aside>
          </div>
          <Section>
            <BundleList
              options={PREFETCHED_LIST_OPTIONS}
              basket={basket}
              limit={BUNDLE_LIMIT}
              title="Complete your basket"
              data-testid="list-frequently-bought-together"
            />
          </Section>
          {slot}
        </>
      )}
    </StoreRecommendations>
  );
}
