import type { RequestContext } from '../utils/RequestContext';
import { IdentityRefusedError } from './IdentityRefusedError';
import { checkSessionId } from './checkSessionId';
import { isShopServer } from './isShopServer';
import { sessionKey } from './sessionKey';
import { verifyShopperToken } from './verifyShopperToken';

export interface ShopperFields {
  userId?: string;
  sessionId?: string;
  shopperToken?: string;
}

/**
 * Who a storefront request is about, as the raw id to pseudonymize: a `userId` only from the shop's server (an
 * API token), a signed `shopperToken` from a browser (verified with AISLE_SHOPPER_TOKEN_SECRET), or the
 * anonymous `sessionId` (long enough not to be guessed when a browser sends it), kept apart from user ids by
 * `sessionKey`. `field` prefixes the messages (`requests[2].`, `events[0].`).
 */
export function resolveShopper(ctx: RequestContext, fields: ShopperFields, field = ''): string | undefined {
  if (fields.userId !== undefined) {
    if (!isShopServer(ctx)) {
      throw new IdentityRefusedError(
        403,
        `${field}userId: only the shop's server (with an API token) may name a user; a browser sends the shopperToken its shop signed, or its sessionId`,
      );
    }
    return fields.userId;
  }
  if (fields.shopperToken !== undefined) {
    const secret = process.env.AISLE_SHOPPER_TOKEN_SECRET ?? '';
    if (secret === '') {
      throw new IdentityRefusedError(
        403,
        `${field}shopperToken: this CMS takes none (AISLE_SHOPPER_TOKEN_SECRET is not set)`,
      );
    }
    const verified = verifyShopperToken(fields.shopperToken, secret, Math.floor(Date.now() / 1000));
    if ('problem' in verified) {
      throw new IdentityRefusedError(401, `${field}shopperToken: ${verified.problem}`);
    }
    return verified.userId;
  }
  if (fields.sessionId === undefined) return undefined;
  if (!isShopServer(ctx)) checkSessionId(fields.sessionId, field);
  return sessionKey(fields.sessionId);
}
