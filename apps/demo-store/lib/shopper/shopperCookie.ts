/**
 * The signed-in customer: the shopper token the store's server signed for them at sign-in (the demo's sign-in is
 * an email address). HTTP-only; the browser gets the token in each page's HTML, for its list requests and events.
 */
export const SHOPPER_COOKIE = 'aisle_shopper';
/** A day, the longest the CMS takes; the cookie goes a minute earlier, so that no page sends an expired token. */
export const SHOPPER_TOKEN_SECONDS = 86_400;
