import type { Core } from '@strapi/strapi';

import type { GetInstanceHealth } from '../../../shared/contracts/instance';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';

/** One instance of a deployment, as its operator watches it: health for load balancers, metrics for Prometheus. */
export const instanceController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async health(ctx: RequestContext) {
    const current = getService(strapi, 'model').current();
    const body: GetInstanceHealth.Response = {
      data: {
        instance: getService(strapi, 'cluster').instanceId(),
        serving: current !== null,
        modelVersion: current?.summary.version ?? null,
        trainedAt: current?.summary.trainedAt ?? null,
        eventLag: await getService(strapi, 'events').lag(),
      },
    };
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
  },

  async metrics(ctx: RequestContext) {
    const metrics = getService(strapi, 'metrics');
    ctx.set('Content-Type', metrics.contentType);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await metrics.render();
  },
});
