import type { Core } from '@strapi/strapi';

import type { CheckSettings } from '../../../shared/contracts/settings-check';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';

/** POST /recommendations/settings/check: settings as they would be, and the first product mapped with them. */
export const settingsCheckController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: RequestContext) {
    const settings = await getService(strapi, 'settings').check(ctx.request.body);
    const sample = await getService(strapi, 'catalog').sample(settings.catalog);
    const body: CheckSettings.Response = { data: { settings, sample } };
    ctx.body = body;
  },
});
