import type { Core } from '@strapi/strapi';

import type { GetSettings, UpdateSettings } from '../../../shared/contracts/settings';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';

export const settingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async get(ctx: RequestContext) {
    const body: GetSettings.Response = { data: await getService(strapi, 'settings').get() };
    ctx.body = body;
  },

  async update(ctx: RequestContext) {
    const body: UpdateSettings.Response = {
      data: await getService(strapi, 'settings').update(ctx.request.body),
    };
    ctx.body = body;
  },
});
