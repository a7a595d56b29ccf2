import type { RecommendRequest } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { GetList } from '../../../shared/contracts/lists';
import type { QueryLists } from '../../../shared/contracts/query';
import { MAX_QUERY_BODY_BYTES } from '../../../shared/contracts/query';
import type { RequestContext } from '../utils/RequestContext';
import type { ShopperFields } from '../identity/resolveShopper';
import { resolveShopper } from '../identity/resolveShopper';
import { answerUnavailable } from '../utils/answerUnavailable';
import type { ListRateCheck } from '../utils/createListRateCheck';
import { getService } from '../utils/getService';
import { createResponseCache } from '../utils/createResponseCache';
import { readJsonBody } from '../utils/readJsonBody';
import { sendCacheable } from '../utils/sendCacheable';
import type { CacheableResponse } from '../utils/toCacheableResponse';
import { toCacheableResponse } from '../utils/toCacheableResponse';
import { toListName } from '../utils/toListName';
import { parseInput } from '../validation/parseInput';
import { listQuerySchema, queryBodySchema } from '../validation/listRequestSchema';

// Lists that are the same for every shopper, by list and query string: most storefront traffic asks the same few.
const SHARED_LISTS_CACHED = 2000;
// The engine's time-based windows follow its own clock, not the wall's; this only bounds what a missed change costs.
const SHARED_LIST_MAX_AGE_MS = 60_000;

/** GET /api/recommendations/lists/:list and POST /query (see the lists and query contracts). */
export const storefrontListsController = ({
  strapi,
  checkListRate,
}: {
  strapi: Core.Strapi;
  checkListRate: ListRateCheck;
}) => {
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
      await checkListRate(ctx);
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
        const { userId, sessionId, shopperToken, ...rest } = parseInput(listQuerySchema, ctx.query);
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
      await checkListRate(ctx);
      await answerUnavailable(ctx, async () => {
        const query = parseInput(queryBodySchema, readJsonBody(ctx, MAX_QUERY_BODY_BYTES, 'the query'));
        const data: QueryLists.Response['data'] = [];
        let personal = false;
        // With dedupe, a list leaves out what the lists before it show: a page shows a product once.
        const shown = new Set<string>();
        for (const [
          index,
          { list: name, userId, sessionId, shopperToken, ...rest },
        ] of query.requests.entries()) {
          let list;
          try {
            list = toListName(name);
          } catch (error) {
            throw new errors.ValidationError(`requests[${index}].list: ${(error as Error).message}`);
          }
          const request: RecommendRequest = { list, ...rest };
          if (query.dedupe && shown.size > 0) {
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
  };
};
