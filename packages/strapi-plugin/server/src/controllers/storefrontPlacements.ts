import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { resolveShopper } from '../identity/resolveShopper';
import type { RequestContext } from '../utils/RequestContext';
import { answerUnavailable } from '../utils/answerUnavailable';
import type { ListRateCheck } from '../utils/createListRateCheck';
import { getService } from '../utils/getService';
import { sendCacheable } from '../utils/sendCacheable';
import { toCacheableResponse } from '../utils/toCacheableResponse';
import { parseInput } from '../validation/parseInput';
import { placementQuerySchema } from '../validation/listRequestSchema';
import { slotSchema } from '../validation/placementSchema';

/** GET /api/recommendations/placements/:slot: a published slot filled for the page (see the placements contract). */
export const storefrontPlacementsController = ({
  strapi,
  checkListRate,
}: {
  strapi: Core.Strapi;
  checkListRate: ListRateCheck;
}) => ({
  async find(ctx: RequestContext) {
    await checkListRate(ctx);
    await answerUnavailable(ctx, async () => {
      const slot = slotSchema.safeParse(ctx.params.slot ?? '');
      if (!slot.success) {
        throw new errors.ValidationError(
          `slot "${String(ctx.params.slot)}": expected lower-case letters, digits and single dashes`,
        );
      }
      const { userId, sessionId, shopperToken, ...page } = parseInput(placementQuerySchema, ctx.query);
      const shopper = resolveShopper(ctx, { userId, sessionId, shopperToken });
      const userKey = shopper === undefined ? undefined : await getService(strapi, 'events').userKey(shopper);
      const body = await getService(strapi, 'placements').serve(slot.data, {
        ...page,
        ...(userKey === undefined ? {} : { userKey }),
      });
      sendCacheable(ctx, toCacheableResponse(body), { personal: userKey !== undefined });
    });
  },
});
