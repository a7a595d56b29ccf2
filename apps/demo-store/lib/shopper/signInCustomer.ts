import { createHash } from 'node:crypto';

import { createShopperToken } from '@aisle/react/shopper-token';
import { cookies } from 'next/headers';

import { SHOPPER_COOKIE, SHOPPER_TOKEN_SECONDS } from './shopperCookie';

/**
 * The demo's sign-in: an email address is the customer's account. Their id for the CMS is a hash of it (the
 * CMS never sees the address); the browser gets a token signed with the secret the store shares with the CMS
 * (AISLE_SHOPPER_TOKEN_SECRET), never the id itself. Answers the id; without a secret the shopper stays anonymous.
 */
export async function signInCustomer(email: string): Promise<string | undefined> {
  const secret = process.env.AISLE_SHOPPER_TOKEN_SECRET;
  if (!secret) return undefined;
  const userId = `customer-${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 20)}`;
  const token = createShopperToken({ secret, userId, ttlSeconds: SHOPPER_TOKEN_SECONDS });
  (await cookies()).set(SHOPPER_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    maxAge: SHOPPER_TOKEN_SECONDS - 60,
  });
  return userId;
}
