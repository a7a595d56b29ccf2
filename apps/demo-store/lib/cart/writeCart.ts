import { cookies } from 'next/headers';

import type { CartLine } from '../types';
import { CART_COOKIE } from './cartCookie';
import { MAX_CART_LINES, MAX_QUANTITY } from './parseCart';

/** Stores the cart in its cookie (in a Server Action); an empty cart deletes the cookie. */
export async function writeCart(lines: CartLine[]): Promise<void> {
  const store = await cookies();
  const kept = lines
    .filter((line) => line.quantity > 0)
    .slice(0, MAX_CART_LINES)
    .map((line) => `${line.productId}:${Math.min(line.quantity, MAX_QUANTITY)}`);
  if (kept.length === 0) {
    store.delete(CART_COOKIE);
    return;
  }
  store.set(CART_COOKIE, kept.join(','), { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 30 });
}
