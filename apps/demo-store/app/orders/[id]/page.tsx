import { PicksForYou } from '@aisle/react';
import type { ListRequest } from '@aisle/react/server';
import type { Metadata } from 'next';
import Link from 'next/link';

import { Section } from '../../../components/Section';
import { StoreRecommendations } from '../../../components/StoreRecommendations';
import { formatPrice } from '../../../lib/formatPrice';
import { readLastOrder } from '../../../lib/orders/readLastOrder';
import { PREFETCHED_LIST_OPTIONS } from '../../../lib/recommendations/prefetchedListOptions';
import { prefetchLists } from '../../../lib/recommendations/prefetchLists';
import { getShopper } from '../../../lib/shopper/getShopper';

export const metadata: Metadata = { title: 'Thank you for your order' };

const PICKS: ListRequest = { list: 'picks-for-you', limit: 12 };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const shopper = await getShopper();
  const [order, fallback] = await Promise.all([readLastOrder(id), prefetchLists(shopper, [PICKS])]);
  return (
    <StoreRecommendations shopper={shopper} fallback={fallback}>
      <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Order placed</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Thank you for your order</h1>
        <p className="mt-2 text-zinc-700">
          Your order number is <strong data-testid="order-id">{id}</strong>. Nothing will be charged or
          shipped: this is a demo shop.
        </p>
        {order && (
          <div className="mt-6 rounded-2xl bg-zinc-50 p-6 ring-1 ring-zinc-200">
            <ul className="grid gap-2 text-sm">
              {order.items.map((item) => (
                <li key={item.productId} className="flex justify-between gap-3">
                  <span>
                    {item.quantity} × {item.title}
                  </span>
                  <span className="tabular-nums">
                    {formatPrice(item.price * item.quantity, order.currency)}
                  </span>
                </li>
              ))}
            </ul>
            <p className="mt-4 flex justify-between border-t border-zinc-200 pt-4 font-semibold">
              <span>Total</span>
              <span className="tabular-nums">{formatPrice(order.total, order.currency)}</span>
            </p>
          </div>
        )}
        <Link
          href="/"
          className="mt-6 inline-block rounded-full bg-brand-700 px-5 py-3 text-sm font-semibold text-white"
        >
          Continue shopping
        </Link>
      </div>
      <Section minHeight="20rem">
        <PicksForYou options={PREFETCHED_LIST_OPTIONS} limit={12} title="Picked for you" showReasons />
      </Section>
    </StoreRecommendations>
  );
}
