'use server';

import { randomUUID } from 'node:crypto';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';

import { LAST_ORDER_COOKIE } from '../cart/cartCookie';
import { getCartItems } from '../cart/getCartItems';
import { writeCart } from '../cart/writeCart';
import { sendEvents } from '../events/sendEvents';
import { getSessionId } from '../session/getSessionId';
import { signedInCustomer } from '../shopper/signedInCustomer';
import type { PlacedOrder } from '../types';

export interface CheckoutState {
  /** What the shopper must fix, by form field. */
  errors: Partial<Record<'name' | 'email' | 'address' | 'cart', string>>;
}

/**
 * Places the order of the cart (no payment): records one purchase event per line, for the signed-in customer or
 * else the session, with the order id and the catalog's price, then empties the cart and shows the confirmation.
 * Prices come from the catalog, not the form.
 */
export async function placeOrder(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const field = (name: string) => String(form.get(name) ?? '').trim();
  const errors: CheckoutState['errors'] = {};
  if (field('name') === '') errors.name = 'Enter your name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(field('email')))
    errors.email = 'Enter an email address like you@example.com.';
  if (field('address') === '') errors.address = 'Enter a delivery address.';
  const items = await getCartItems();
  if (items.length === 0) errors.cart = 'Your cart is empty.';
  if (Object.keys(errors).length > 0) return { errors };

  const sessionId = await getSessionId();
  if (!sessionId) return { errors: { cart: 'Your session expired: reload the page and try again.' } };
  const order: PlacedOrder = {
    id: `A-${Date.now().toString(36).toUpperCase()}-${randomUUID().slice(0, 4).toUpperCase()}`,
    items: items.map(({ product, quantity }) => ({
      productId: product.id,
      title: product.title,
      quantity,
      price: product.price,
    })),
    total: items.reduce((sum, { product, quantity }) => sum + product.price * quantity, 0),
    currency: items[0]!.product.currency,
  };
  // A signed-in customer's purchases are theirs (buy it again, picks, on any device); else the session's.
  const userId = (await signedInCustomer())?.userId;
  await sendEvents(
    order.items.map((item) => ({
      type: 'purchase',
      productId: item.productId,
      ...(userId === undefined ? { sessionId } : { userId }),
      orderId: order.id,
      quantity: item.quantity,
      price: item.price,
    })),
  );
  await writeCart([]);
  const summary = {
    id: order.id,
    lines: order.items.map((item) => [item.productId, item.quantity, item.price]),
  };
  (await cookies()).set(LAST_ORDER_COOKIE, JSON.stringify(summary), {
    path: '/',
    sameSite: 'lax',
    maxAge: 3600,
  });
  redirect(`/orders/${encodeURIComponent(order.id)}`);
}
