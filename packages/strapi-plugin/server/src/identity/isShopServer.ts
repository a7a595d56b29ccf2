import type { RequestContext } from '../utils/RequestContext';

/** Whether the request carries a Strapi API token (the shop's server), not a browser's or a shopper's login. */
export function isShopServer(ctx: RequestContext): boolean {
  return ctx.state.auth?.strategy?.name === 'content-api-token';
}
