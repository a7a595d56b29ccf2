import { cookies } from 'next/headers';

import type { CartLine } from '../types';
import { CART_COOKIE } from './cartCookie';
import { parseCart } from './parseCart';

/** The cart's lines (product ids and quantities) from the cart cookie. */
export async function readCart(): Promise<CartLine[]> {
  return parseCart((await cookies()).get(CART_COOKIE)?.value);
}
