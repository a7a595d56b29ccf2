import { createHmac, timingSafeEqual } from 'node:crypto';

import type { ShopperTokenPayload } from '../../../shared/contracts/shopper-token';
import { SHOPPER_TOKEN_MAX_SECONDS, SHOPPER_TOKEN_VERSION } from '../../../shared/contracts/shopper-token';

/**
 * The shop's user id a shopper token names, or the reason it cannot be used (see the shopper-token contract).
 * `nowSeconds` is the wall clock; a token issued for longer than a day is refused.
 */
export function verifyShopperToken(
  token: string,
  secret: string,
  nowSeconds: number,
): { userId: string } | { problem: string } {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== SHOPPER_TOKEN_VERSION) {
    return { problem: `not a ${SHOPPER_TOKEN_VERSION} shopper token` };
  }
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { problem: 'its signature does not match' };
  }
  let payload: Partial<ShopperTokenPayload>;
  try {
    payload = JSON.parse(
      Buffer.from(parts[1]!, 'base64url').toString('utf8'),
    ) as Partial<ShopperTokenPayload>;
  } catch {
    return { problem: 'its payload is not JSON' };
  }
  if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 200) {
    return { problem: 'sub: expected the user id, 1 to 200 characters' };
  }
  if (typeof payload.exp !== 'number' || !Number.isFinite(payload.exp)) {
    return { problem: 'exp: expected unix seconds' };
  }
  if (payload.exp <= nowSeconds) {
    return { problem: 'it has expired' };
  }
  if (payload.exp > nowSeconds + SHOPPER_TOKEN_MAX_SECONDS + 60) {
    return { problem: `it lives longer than ${SHOPPER_TOKEN_MAX_SECONDS} seconds` };
  }
  return { userId: payload.sub };
}
