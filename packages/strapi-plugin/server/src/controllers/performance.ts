import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import type { GetDailyPerformance, GetPerformance } from '../../../shared/contracts/performance';
import type { GetPlacementPerformance } from '../../../shared/contracts/placements';
import type { RequestContext } from '../utils/RequestContext';
import { getService } from '../utils/getService';
import { parseInput } from '../validation/parseInput';

const dailyQuerySchema = z
  .object({ days: z.enum(['7', '30'], { message: 'expected 7 or 30' }) })
  .partial()
  .strict();

/** GET /recommendations/performance, /performance/daily and /performance/placements (see the contracts). */
export const performanceController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: RequestContext) {
    const now = Date.now();
    const service = getService(strapi, 'performance');
    const body: GetPerformance.Response = {
      data: await Promise.all(
        ([7, 30] as const).map(async (days) => ({
          days,
          since: new Date(now - days * 86_400_000).toISOString(),
          lists: await service.perList(days, now),
        })),
      ),
    };
    ctx.body = body;
  },

  async placements(ctx: RequestContext) {
    const now = Date.now();
    const service = getService(strapi, 'performance');
    const body: GetPlacementPerformance.Response = {
      data: await Promise.all(
        ([7, 30] as const).map(async (days) => ({
          days,
          since: new Date(now - days * 86_400_000).toISOString(),
          modules: await service.perPlacement(days, now),
        })),
      ),
    };
    ctx.body = body;
  },

  async daily(ctx: RequestContext) {
    const days = Number(parseInput(dailyQuerySchema, ctx.query).days ?? '30') as 7 | 30;
    const { dayList, lists } = await getService(strapi, 'performance').perDay(days);
    const body: GetDailyPerformance.Response = { data: { days, dayList, lists } };
    ctx.body = body;
  },
});
