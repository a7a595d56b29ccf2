import { MAX_BASKET_IDS, MAX_LIMIT } from '@aisle/engine';
import { z } from 'zod';

/** The most products a request may ask not to show. */
export const MAX_EXCLUDE_IDS = 200;

const LIMIT = `expected a whole number from 1 to ${MAX_LIMIT}`;
const id = z.string().min(1).max(200);
const ids = (max: number) => z.array(id).max(max, { message: `at most ${max} product ids` });

/**
 * The parameters of one list, whichever way they come: a JSON object (an entry of POST /query, the admin's
 * preview) or a query string once `fromQueryString` has turned its text into the same values.
 */
export const listParametersSchema = z
  .object({
    productId: id,
    basket: ids(MAX_BASKET_IDS),
    userId: id,
    sessionId: id,
    /** A signed shopper identity (see the shopper-token contract). */
    shopperToken: z.string().min(1).max(1000),
    category: z.string().min(1).max(200),
    limit: z
      .number({ invalid_type_error: LIMIT })
      .int({ message: LIMIT })
      .min(1, { message: LIMIT })
      .max(MAX_LIMIT, { message: LIMIT }),
    exclude: ids(MAX_EXCLUDE_IDS),
  })
  .partial()
  .strict();

/** The query string of GET /lists/:list: the same parameters, ids comma-separated, the limit in digits. */
export const listQuerySchema = z.preprocess(fromQueryString, listParametersSchema);

/** The page context of GET /placements/:slot: a list's parameters without what each module sets itself. */
export const placementQuerySchema = z.preprocess(
  fromQueryString,
  listParametersSchema.omit({ limit: true, exclude: true }),
);

/** One list of POST /query: its name and the parameters of GET /lists/:list, as JSON. */
export const listRequestSchema = listParametersSchema.extend({ list: z.string().max(100) }).strict();

export const queryBodySchema = z
  .object({ requests: z.array(listRequestSchema).min(1).max(10), dedupe: z.boolean().optional() })
  .strict();

/**
 * A parsed query string with its id lists split (`basket=a,b`; a parameter repeated, up to Strapi's query parser's
 * array limit of 100, is split too) and a limit of digits made a number; anything else is left for the schema to
 * name.
 */
function fromQueryString(query: unknown): unknown {
  if (typeof query !== 'object' || query === null) {
    return query;
  }
  const values: Record<string, unknown> = { ...query };
  for (const field of ['basket', 'exclude']) {
    const value = values[field];
    const parts = typeof value === 'string' ? [value] : value;
    if (Array.isArray(parts) && parts.every((part) => typeof part === 'string')) {
      values[field] = parts.flatMap((part: string) => part.split(',').map((item) => item.trim()));
    }
  }
  if (typeof values.limit === 'string' && /^\d{1,6}$/.test(values.limit)) {
    values.limit = Number(values.limit);
  }
  return values;
}
