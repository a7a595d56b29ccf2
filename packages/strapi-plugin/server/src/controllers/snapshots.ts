import type { Core } from '@strapi/strapi';

import type { FindSnapshots } from '../../../shared/contracts/snapshots';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';

/** GET /recommendations/snapshots: the trained models kept (see the snapshots contract). */
export const snapshotsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: RequestContext) {
    const body: FindSnapshots.Response = { data: await getService(strapi, 'snapshots').history() };
    ctx.body = body;
  },
});
