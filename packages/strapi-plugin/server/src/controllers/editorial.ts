import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { GetEditorial } from '../../../shared/contracts/editorial';
import type { RequestContext } from '../utils/RequestContext';
import { answerUnavailable } from '../utils/answerUnavailable';
import { getService } from '../utils/getService';
import { sendCacheable } from '../utils/sendCacheable';
import { toCacheableResponse } from '../utils/toCacheableResponse';

/** GET /api/recommendations/editorial/:slug: a published editorial list in effect now (see the editorial contract). */
export const editorialController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: RequestContext) {
    await answerUnavailable(ctx, async () => {
      const slug = ctx.params.slug ?? '';
      if (!/^[a-z0-9-]{1,100}$/.test(slug)) {
        throw new errors.ValidationError(`slug "${slug}": expected lower-case letters, digits and dashes`);
      }
      const body: GetEditorial.Response = { data: await getService(strapi, 'editorial').serve(slug) };
      sendCacheable(ctx, toCacheableResponse(body), { personal: false });
    });
  },
});
