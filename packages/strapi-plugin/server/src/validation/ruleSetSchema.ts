import { LIST_NAMES } from '@aisle/engine';
import { z } from 'zod';

const listName = z.enum(LIST_NAMES);
const id = z.string().min(1).max(200);
const text = z.string().min(1).max(200);
const price = z.number().nonnegative().max(1e9);
const time = z
  .union([z.number().int().nonnegative(), z.string().datetime({ offset: true })])
  .transform((value) => (typeof value === 'number' ? value : Date.parse(value)));

const productMatch = z
  .object({
    productId: id,
    category: text,
    brand: text,
    tag: text,
    minPrice: price,
    maxPrice: price,
    attribute: z
      .object({ name: text, value: z.union([z.string().max(200), z.number(), z.boolean()]) })
      .strict(),
  })
  .partial()
  .strict()
  .refine((match) => Object.keys(match).length > 0, { message: 'a match needs at least one field' });

/** A rule set as the admin API takes it; times come out as milliseconds since the epoch. */
export const ruleSetSchema = z
  .object({
    name: z.string().max(200).optional(),
    enabled: z.boolean().default(true),
    list: z.union([listName, z.literal('*')]),
    scope: z.object({ category: text, productId: id }).partial().strict().optional(),
    activeFrom: time.nullable().optional(),
    activeUntil: time.nullable().optional(),
    pins: z
      .array(z.object({ productId: id, position: z.number().int().min(1).max(100) }).strict())
      .max(100)
      .optional(),
    exclude: z.array(productMatch).max(100).optional(),
    boosts: z
      .array(z.object({ match: productMatch, factor: z.number().positive().max(100) }).strict())
      .max(100)
      .optional(),
    filters: z
      .object({ availableOnly: z.boolean(), category: text, minPrice: price, maxPrice: price, brand: text })
      .partial()
      .strict()
      .optional(),
    limit: z.number().int().min(1).max(100).optional(),
    diversity: z
      .object({
        maxPerBrand: z.number().int().min(1).max(100),
        maxPerCategory: z.number().int().min(1).max(100),
      })
      .partial()
      .strict()
      .optional(),
    fallback: z.array(listName).max(LIST_NAMES.length).optional(),
  })
  .strict()
  .refine(
    (rules) => rules.activeFrom == null || rules.activeUntil == null || rules.activeUntil > rules.activeFrom,
    {
      message: 'must come after activeFrom',
      path: ['activeUntil'],
    },
  );

export type ParsedRuleSet = z.infer<typeof ruleSetSchema>;
