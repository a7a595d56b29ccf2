import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';

import type { ContentTypeSummary, FindContentTypes } from '../../../shared/contracts/content-types';
import type { GetHealth } from '../../../shared/contracts/health';
import type { GetDailyPerformance } from '../../../shared/contracts/performance';
import type { CheckSettings } from '../../../shared/contracts/settings-check';
import type { FindSnapshots } from '../../../shared/contracts/snapshots';
import type { RequestContext } from '../utils/RequestContext';
import { answerUnavailable } from '../utils/answerUnavailable';
import { getService } from '../utils/getService';
import { formatZodError } from '../validation/formatZodError';
import { isSecretAttribute } from '../validation/validateCatalogMapping';

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

const dailyQuerySchema = z
  .object({ days: z.enum(['7', '30'], { message: 'expected 7 or 30' }) })
  .partial()
  .strict();

function parseQuery<S extends z.ZodTypeAny>(schema: S, query: unknown): z.output<S> {
  const parsed = schema.safeParse(query ?? {});
  if (!parsed.success) {
    throw new errors.ValidationError(formatZodError(parsed.error));
  }
  return parsed.data;
}

interface AttributeDefinition {
  type: string;
}

/** What the admin's Overview, Model and data, Performance and Settings pages read beyond the resources' CRUD. */
export const dashboardController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async health(ctx: RequestContext) {
    const { days = 30 } = parseQuery(healthQuerySchema, ctx.query);
    await answerUnavailable(ctx, async () => {
      const body: GetHealth.Response = { data: await getService(strapi, 'health').get(days) };
      ctx.body = body;
    });
  },

  async snapshots(ctx: RequestContext) {
    const body: FindSnapshots.Response = { data: await getService(strapi, 'snapshots').history() };
    ctx.body = body;
  },

  async dailyPerformance(ctx: RequestContext) {
    const days = Number(parseQuery(dailyQuerySchema, ctx.query).days ?? '30') as 7 | 30;
    const { dayList, lists } = await getService(strapi, 'performance').perDay(days);
    const body: GetDailyPerformance.Response = { data: { days, dayList, lists } };
    ctx.body = body;
  },

  async contentTypes(ctx: RequestContext) {
    const summaries: ContentTypeSummary[] = [];
    for (const [uid, schema] of Object.entries(strapi.contentTypes)) {
      const contentType = schema as {
        kind?: string;
        info?: { displayName?: string };
        attributes: Record<string, AttributeDefinition>;
      };
      if (!uid.startsWith('api::') || contentType.kind !== 'collectionType') continue;
      const attributes = Object.entries(contentType.attributes)
        .filter(([name, attribute]) => !isSecretAttribute(name, attribute))
        .map(([name, attribute]) => ({ name, type: attribute.type }))
        .concat([{ name: 'documentId', type: 'string' }]);
      attributes.sort((a, b) => a.name.localeCompare(b.name));
      summaries.push({ uid, displayName: contentType.info?.displayName ?? uid, attributes });
    }
    summaries.sort((a, b) => a.displayName.localeCompare(b.displayName));
    const body: FindContentTypes.Response = { data: summaries };
    ctx.body = body;
  },

  async checkSettings(ctx: RequestContext) {
    const settings = await getService(strapi, 'settings').check(ctx.request.body);
    const sample = await getService(strapi, 'catalog').sample(settings.catalog);
    const body: CheckSettings.Response = { data: { settings, sample } };
    ctx.body = body;
  },
});
