// For the shop's server only (Node): signs who the shopper is, so that the browser can ask for their lists
// without being able to name anyone else. A separate entry, so that no browser bundle carries node:crypto.
import { createHmac } from 'node:crypto';

import type { ShopperTokenPayload } from '@aisle/strapi-plugin/contracts/shopper-token';

export interface ShopperTokenOptions {
  /** The secret shared with the CMS (its AISLE_SHOPPER_TOKEN_SECRET); never sent to the browser. */
  secret: string;
  /** The shop's id of the signed-in customer. */
  userId: string;
  /** How long the token is good for, at most a day (the CMS refuses longer ones); an hour by default. */
  ttlSeconds?: number;
  /** Unix seconds; the wall clock by default. */
  now?: number;
}

/**
 * A shopper token (`v1.<payload>.<signature>`, see the plugin's shopper-token contract) for `userId`: hand it to
 * `<RecommendationsProvider shopperToken={...}>` instead of the user id.
 */
export function createShopperToken({
  secret,
  userId,
  ttlSeconds = 3600,
  now = Math.floor(Date.now() / 1000),
}: ShopperTokenOptions): string {
  if (secret.length < 16) throw new Error('createShopperToken: the secret must have at least 16 characters');
  const payload: ShopperTokenPayload = { sub: userId, exp: now + Math.min(ttlSeconds, 86_400) };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac('sha256', secret).update(`v1.${body}`).digest('base64url');
  return `v1.${body}.${signature}`;
}
