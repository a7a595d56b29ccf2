import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { isShopServer } from '../identity/isShopServer';
import { rateLimitKey } from '../identity/rateLimitKey';
import { createRateWindowStore } from '../cluster/createRateWindowStore';
import { createRateLimiter } from './createRateLimiter';
import { getService } from './getService';
import type { RequestContext } from './RequestContext';

/** A page asks several lists for each batch of events it sends. */
const LIST_REQUESTS_PER_EVENT_REQUEST = 20;

export type ListRateCheck = (ctx: RequestContext) => Promise<void>;

/**
 * List requests (lists, batches, placements) are cheap, but not free: one client may ask this many times the
 * events limit a minute, in one bucket for all of them, counted over every instance. The shop's server (an API
 * token) renders pages for every shopper: it is exempt.
 */
export function createListRateCheck(strapi: Core.Strapi): ListRateCheck {
  const limiter = createRateLimiter(60_000, {
    store: createRateWindowStore(strapi.db.connection, 'lists'),
    onSyncError: (error) =>
      strapi.log.debug(`[recommendations] list rate limit not shared: ${String(error)}`),
  });
  return async (ctx) => {
    if (isShopServer(ctx)) return;
    const limit =
      LIST_REQUESTS_PER_EVENT_REQUEST *
      (await getService(strapi, 'settings').get()).events.rateLimitPerMinute;
    // A signed shopper in the query (GET) or in the first list of a batch (POST /query, when parsed as JSON).
    const body = ctx.request.body as { requests?: { shopperToken?: unknown }[] } | undefined;
    const taken = await limiter.take(
      rateLimitKey(ctx, ctx.query.shopperToken ?? body?.requests?.[0]?.shopperToken),
      limit,
    );
    if (!taken.allowed) {
      ctx.set('Retry-After', String(taken.retryAfterSeconds));
      throw new errors.RateLimitError(`more than ${limit} list requests a minute from this client`);
    }
  };
}
