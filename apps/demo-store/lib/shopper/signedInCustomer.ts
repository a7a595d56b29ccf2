import { createHmac, timingSafeEqual } from 'node:crypto';

import { cookies } from 'next/headers';

import { SHOPPER_COOKIE } from './shopperCookie';

/**
 * The signed-in customer's id and token, from the cookie the store set at sign-in, when its signature is the
 * store's and it has not expired (else the shopper is anonymous: a page never sends the CMS a token it refuses).
 */
export async function signedInCustomer(): Promise<{ userId: string; token: string } | undefined> {
  const token = (await cookies()).get(SHOPPER_COOKIE)?.value;
  const secret = process.env.AISLE_SHOPPER_TOKEN_SECRET;
  if (!token || !secret) return undefined;
  const [version, body, signature] = token.split('.');
  if (version !== 'v1' || !body || !signature) return undefined;
  const expected = createHmac('sha256', secret).update(`${version}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
      sub?: unknown;
      exp?: unknown;
    };
    if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return undefined;
    return payload.exp > Date.now() / 1000 + 30 ? { userId: payload.sub, token } : undefined;
  } catch {
    return undefined;
  }
}
