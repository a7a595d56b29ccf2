import { z } from 'zod';

const id = z.string().min(1).max(200);
const limit = z.number().int().min(1).max(100);

/** The query string of GET /lists/:list. */
export const listQuerySchema = z
  .object({
    productId: id,
    basket: z
      .string()
      .max(10_000)
      .transform((value) => value.split(',').map((item) => item.trim()))
      .pipe(z.array(id).max(50)),
    userId: id,
    sessionId: id,
    category: z.string().min(1).max(200),
    limit: z.string().regex(/^\d+$/, 'expected a whole number from 1 to 100').transform(Number).pipe(limit),
  })
  .partial()
  .strict();

/** One list of POST /query. */
export const listRequestSchema = z
  .object({
    list: z.string().max(100),
    productId: id,
    basket: z.array(id).max(50),
    userId: id,
    sessionId: id,
    category: z.string().min(1).max(200),
    limit,
    exclude: z.array(id).max(200),
  })
  .partial()
  .required({ list: true })
  .strict();

export const queryBodySchema = z
  .object({ requests: z.array(listRequestSchema).min(1).max(10), dedupe: z.boolean().optional() })
  .strict();
