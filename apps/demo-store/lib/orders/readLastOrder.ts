import { cookies } from 'next/headers';

import { LAST_ORDER_COOKIE } from '../cart/cartCookie';
import { getProductsByIds } from '../catalog/getProductsByIds';
import type { PlacedOrder } from '../types';

/** The order this browser placed last, if its id is `id` (the confirmation page shows nobody else's). */
export async function readLastOrder(id: string): Promise<PlacedOrder | null> {
  const raw = (await cookies()).get(LAST_ORDER_COOKIE)?.value;
  if (!raw) return null;
  let summary: { id?: unknown; lines?: unknown };
  try {
    summary = JSON.parse(raw) as typeof summary;
  } catch {
    return null;
  }
  if (summary.id !== id || !Array.isArray(summary.lines)) return null;
  const lines = summary.lines.filter(
    (line): line is [string, number, number] =>
      Array.isArray(line) &&
      typeof line[0] === 'string' &&
      typeof line[1] === 'number' &&
      typeof line[2] === 'number',
  );
  const products = new Map(
    (await getProductsByIds(lines.map(([productId]) => productId))).map((p) => [p.id, p]),
  );
  const items = lines.map(([productId, quantity, price]) => ({
    productId,
    title: products.get(productId)?.title ?? productId,
    quantity,
    price,
  }));
  return {
    id,
    items,
    total: items.reduce((sum, item) => sum + item.price * item.quantity, 0),
    currency: products.values().next().value?.currency ?? 'EUR',
  };
}
