import type { RequestContext } from '../utils/RequestContext';
import { verifyShopperToken } from './verifyShopperToken';

/**
 * Whom a storefront request counts against: the shopper a valid signed token names (shoppers behind one address,
 * an office or a mobile carrier's, are not held up by each other), else the client's address. A raw session id
 * is not a key: a client picks its own, and could pick a new one for every request.
 */
export function rateLimitKey(ctx: RequestContext, shopperToken: unknown): string {
  const secret = process.env.AISLE_SHOPPER_TOKEN_SECRET ?? '';
  if (typeof shopperToken === 'string' && secret !== '') {
    const verified = verifyShopperToken(shopperToken, secret, Math.floor(Date.now() / 1000));
    if ('userId' in verified) return `shopper:${verified.userId}`;
  }
  return `ip:${ctx.ip}`;
}
