import type { RecommendRequest } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { GetEditorial } from '../../../shared/contracts/editorial';
import type { ErrorResponse } from '../../../shared/contracts/errors';
import type { SendEvents } from '../../../shared/contracts/events';
import { MAX_EVENTS_BATCH_BYTES, MAX_EVENTS_PER_BATCH } from '../../../shared/contracts/events';
import type { GetList } from '../../../shared/contracts/lists';
import type { QueryLists } from '../../../shared/contracts/query';
import { MAX_QUERY_BODY_BYTES } from '../../../shared/contracts/query';
import type { RequestContext } from '../utils/RequestContext';
import { isShopServer } from '../identity/isShopServer';
import type { ShopperFields } from '../identity/resolveShopper';
import { resolveShopper } from '../identity/resolveShopper';
import { answerUnavailable } from '../utils/answerUnavailable';
import { getService } from '../utils/getService';
import { createResponseCache } from '../utils/createResponseCache';
import { readJsonBody } from '../utils/readJsonBody';
import { sendCacheable } from '../utils/sendCacheable';
import type { CacheableResponse } from '../utils/toCacheableResponse';
import { toCacheableResponse } from '../utils/toCacheableResponse';
import { toListName } from '../utils/toListName';
import { screenShopEvent } from '../events/screenShopEvent';
import { formatZodError } from '../validation/formatZodError';
import { listQuerySchema, queryBodySchema } from '../validation/listRequestSchema';
import type { ValidShopEvent } from '../validation/shopEventSchema';

// Lists that are the same for every shopper, by list and query string: most storefront traffic asks the same few.
const SHARED_LISTS_CACHED = 2000;
// The engine's time-based windows follow its own clock, not the wall's; this only bounds what a missed change costs.
const SHARED_LIST_MAX_AGE_MS = 60_000;

/** The content API storefronts call (the Public role may call it: see PUBLIC_ACTIONS). */
export const storefrontController = ({ strapi }: { strapi: Core.Strapi }) => {
  const shopper = async (ctx: RequestContext, fields: ShopperFields, field = '') => {
    const id = resolveShopper(ctx, fields, field);
    return id === undefined ? undefined : getService(strapi, 'events').userKey(id);
  };
  const sharedLists = createResponseCache<CacheableResponse>({
    maxEntries: SHARED_LISTS_CACHED,
    maxAgeMs: SHARED_LIST_MAX_AGE_MS,
  });
  /** What a served list is computed from: a cached one is valid while these are the same. */
  const servingStamp = async () => [
    await getService(strapi, 'catalog').get(),
    await getService(strapi, 'rules').active(),
    getService(strapi, 'model').currentGeneration(),
  ];

  return {
    async lists(ctx: RequestContext) {
      await answerUnavailable(ctx, async () => {
        const shared =
          ctx.query.userId === undefined &&
          ctx.query.sessionId === undefined &&
          ctx.query.shopperToken === undefined;
        const key = `${ctx.params.list ?? ''}?${ctx.querystring}`;
        const stamp = shared ? await servingStamp() : [];
        const cached = shared ? sharedLists.get(key, stamp) : undefined;
        if (cached !== undefined) {
          sendCacheable(ctx, cached, { personal: false });
          return;
        }
        const list = toListName(ctx.params.list);
        const parsed = listQuerySchema.safeParse(ctx.query);
        if (!parsed.success) {
          throw new errors.ValidationError(formatZodError(parsed.error));
        }
        const { userId, sessionId, shopperToken, ...rest } = parsed.data;
        const request: RecommendRequest = { list, ...rest };
        const user = await shopper(ctx, { userId, sessionId, shopperToken });
        if (user !== undefined) {
          request.userId = user;
        }
        const served = await getService(strapi, 'model').serve(request);
        const body: GetList.Response = {
          data: served.items,
          meta: { list, modelVersion: served.modelVersion, unknownIds: served.unknownIds },
        };
        const response = toCacheableResponse(body);
        if (shared) {
          sharedLists.set(key, stamp, response);
        }
        sendCacheable(ctx, response, { personal: user !== undefined });
      });
    },

    async query(ctx: RequestContext) {
      await answerUnavailable(ctx, async () => {
        const parsed = queryBodySchema.safeParse(readJsonBody(ctx, MAX_QUERY_BODY_BYTES, 'the query'));
        if (!parsed.success) {
          throw new errors.ValidationError(formatZodError(parsed.error));
        }
        const data: QueryLists.Response['data'] = [];
        let personal = false;
        // With dedupe, a list leaves out what the lists before it show: a page shows a product once.
        const shown = new Set<string>();
        for (const [
          index,
          { list: name, userId, sessionId, shopperToken, ...rest },
        ] of parsed.data.requests.entries()) {
          let list;
          try {
            list = toListName(name);
          } catch (error) {
            throw new errors.ValidationError(`requests[${index}].list: ${(error as Error).message}`);
          }
          const request: RecommendRequest = { list, ...rest };
          if (parsed.data.dedupe && shown.size > 0) {
            request.exclude = [...(rest.exclude ?? []), ...shown];
          }
          const user = await shopper(ctx, { userId, sessionId, shopperToken }, `requests[${index}].`);
          if (user !== undefined) {
            request.userId = user;
            personal = true;
          }
          const served = await getService(strapi, 'model').serve(request);
          for (const item of served.items) shown.add(item.product.id);
          data.push({
            data: served.items,
            meta: { list, modelVersion: served.modelVersion, unknownIds: served.unknownIds },
          });
        }
        const body: QueryLists.Response = { data };
        sendCacheable(ctx, toCacheableResponse(body), { personal });
      });
    },

    async editorial(ctx: RequestContext) {
      await answerUnavailable(ctx, async () => {
        const slug = ctx.params.slug ?? '';
        if (!/^[a-z0-9-]{1,100}$/.test(slug)) {
          throw new errors.ValidationError(`slug "${slug}": expected lower-case letters, digits and dashes`);
        }
        const body: GetEditorial.Response = { data: await getService(strapi, 'editorial').serve(slug) };
        sendCacheable(ctx, toCacheableResponse(body), { personal: false });
      });
    },

    async events(ctx: RequestContext) {
      const events = getService(strapi, 'events');
      const settings = await getService(strapi, 'settings').get();
      // The shop's server sends every order of every shopper from one address: its token is not rate-limited.
      const fromShopServer = isShopServer(ctx);
      const limit = fromShopServer
        ? { allowed: true, retryAfterSeconds: 0 }
        : events.takeRateLimit(ctx.ip, settings.events.rateLimitPerMinute);
      if (!limit.allowed) {
        ctx.set('Retry-After', String(limit.retryAfterSeconds));
        throw new errors.RateLimitError(
          `more than ${settings.events.rateLimitPerMinute} event requests a minute from this client`,
        );
      }
      // navigator.sendBeacon sends JSON as text/plain, which needs no CORS preflight.
      const body = readJsonBody(ctx, MAX_EVENTS_BATCH_BYTES, 'the batch') as { events?: unknown } | undefined;
      if (body === undefined || body === null || typeof body !== 'object' || !Array.isArray(body.events)) {
        throw new errors.ValidationError('events: expected an array of events');
      }
      if (body.events.length > MAX_EVENTS_PER_BATCH) {
        throw new errors.PayloadTooLargeError(
          `events: ${body.events.length} events, at most ${MAX_EVENTS_PER_BATCH} a batch`,
        );
      }
      const valid: ValidShopEvent[] = [];
      const problems: SendEvents.Response['errors'] = [];
      const { products } = await getService(strapi, 'catalog').get();
      // Purchases and shoppers this client may not report.
      let refused = 0;
      body.events.forEach((raw: unknown, index: number) => {
        const screened = screenShopEvent(ctx, raw, index, fromShopServer, products);
        if ('event' in screened) {
          valid.push(screened.event);
          return;
        }
        problems.push({ index, message: screened.message });
        if (screened.refused) refused += 1;
      });
      if (valid.length === 0) {
        if (refused > 0 && refused === problems.length) {
          // Strapi's ForbiddenError would answer a bare "Forbidden": say what is missing.
          const refusal: ErrorResponse = {
            data: null,
            error: {
              status: 403,
              name: 'ForbiddenError',
              message:
                "the batch's events name shoppers or report purchases: both need the shop server's API token (or a signed shopperToken for a shopper)",
              details: { errors: problems },
            },
          };
          ctx.status = 403;
          ctx.body = refusal;
          return;
        }
        throw new errors.ValidationError('no valid event in the batch', { errors: problems });
      }
      await events.ingest(valid);
      const response: SendEvents.Response = {
        data: { accepted: valid.length, rejected: problems.length },
        errors: problems,
      };
      ctx.status = 202;
      ctx.body = response;
    },
  };
};
