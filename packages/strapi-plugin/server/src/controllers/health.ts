import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import type { GetHealth } from '../../../shared/contracts/health';
import type { RequestContext } from '../utils/RequestContext';
import { answerUnavailable } from '../utils/answerUnavailable';
import { getService } from '../utils/getService';
import { parseInput } from '../validation/parseInput';

const healthQuerySchema = z
  .object({
    days: z
      .string()
      .regex(/^\d+$/, 'expected a whole number of days from 1 to 180')
      .transform(Number)
      .pipe(z.number().int().min(1, 'expected 1 to 180').max(180, 'expected 1 to 180')),
  })
  .partial()
  .strict();

/** GET /recommendations/health: the data health of the Overview page (see the health contract). */
export const healthController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: RequestContext) {
    const { days = 30 } = parseInput(healthQuerySchema, ctx.query);
    await answerUnavailable(ctx, async () => {
      const body: GetHealth.Response = { data: await getService(strapi, 'health').get(days) };
      ctx.body = body;
    });
  },
});
