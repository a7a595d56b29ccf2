/**
 * A signed shopper identity, issued by the shop's server and passed by the browser as `shopperToken` instead of
 * a raw `userId` (which only the shop server, with an API token, may name):
 *
 *     v1.<base64url of the JSON payload>.<base64url of HMAC-SHA256(secret, "v1." + payload part)>
 *
 * The payload is `{ "sub": "<the shop's user id>", "exp": <unix seconds> }`. The secret is shared by the shop's
 * server and the CMS (`AISLE_SHOPPER_TOKEN_SECRET`); `@aisle/react/server` exports `createShopperToken`.
 */
export interface ShopperTokenPayload {
  sub: string;
  exp: number;
}

export const SHOPPER_TOKEN_VERSION = 'v1';
/** The longest a token may live: a day (the shop's server issues a new one with each page it renders). */
export const SHOPPER_TOKEN_MAX_SECONDS = 86_400;
