import { LIST_NAMES } from '@aisle/engine';
import { z } from 'zod';

import { LAYOUTS, PAGE_TYPES } from '../../../shared/contracts/placements';

const key = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single dashes');
const isoDate = z.string().datetime({ offset: true });

const source = z.union(
  [z.object({ list: z.enum(LIST_NAMES) }).strict(), z.object({ editorial: key(100) }).strict()],
  {
    errorMap: () => ({
      message: `expected { list: one of ${LIST_NAMES.join(', ')} } or { editorial: slug }`,
    }),
  },
);

const variant = z
  .object({
    key: key(40),
    source,
    // Empty: the list's own (an editorial list's title, a list's usual heading).
    heading: z.string().trim().max(200),
    share: z.number().int().min(1).max(100),
  })
  .strict();

const moduleSchema = z
  .object({
    key: key(40),
    variants: z.array(variant).min(1).max(4, { message: 'at most 4 variants (an A/B test of 2 to 4)' }),
    limit: z.number().int().min(1).max(48),
    layout: z.enum(LAYOUTS),
    scope: z
      .object({
        category: z.string().trim().min(1).max(200).optional(),
        currentCategory: z.boolean().optional(),
      })
      .strict()
      .refine((scope) => !(scope.category !== undefined && scope.currentCategory), {
        message: 'either a category or the current category, not both',
      })
      .nullable(),
    startsAt: isoDate.nullable(),
    endsAt: isoDate.nullable(),
  })
  .strict()
  .superRefine((module, context) => {
    const shares = module.variants.reduce((sum, { share }) => sum + share, 0);
    if (shares !== 100) {
      context.addIssue({
        code: 'custom',
        path: ['variants'],
        message: `shares add up to ${shares}, not 100`,
      });
    }
    const keys = module.variants.map((entry) => entry.key);
    keys.forEach((entry, index) => {
      if (keys.indexOf(entry) !== index) {
        context.addIssue({
          code: 'custom',
          path: ['variants', index, 'key'],
          message: `"${entry}" is used twice`,
        });
      }
    });
    if (module.startsAt && module.endsAt && Date.parse(module.endsAt) <= Date.parse(module.startsAt)) {
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'must come after startsAt' });
    }
  });

const modules = z
  .array(moduleSchema)
  .max(10, { message: 'at most 10 modules a slot' })
  .superRefine((list, context) => {
    const keys = list.map((entry) => entry.key);
    keys.forEach((entry, index) => {
      if (keys.indexOf(entry) !== index) {
        context.addIssue({ code: 'custom', path: [index, 'key'], message: `"${entry}" is used twice` });
      }
    });
  });

const fields = {
  slot: key(100),
  name: z.string().trim().min(1).max(200),
  page: z.enum(PAGE_TYPES),
  modules,
  status: z.enum(['draft', 'published']),
};

export const placementCreateSchema = z.object({ ...fields, status: fields.status.default('draft') }).strict();

export const placementUpdateSchema = z.object(fields).partial().strict();

/** The body of an admin preview: the placement as edited, the page and shopper, the time and the variants. */
export const placementPreviewSchema = z
  .object({
    placement: z.object({ slot: fields.slot, page: fields.page, modules }).strict(),
    productId: z.string().min(1).max(200).optional(),
    basket: z.array(z.string().min(1).max(200)).max(1000).optional(),
    category: z.string().trim().min(1).max(200).optional(),
    userId: z.string().min(1).max(200).optional(),
    sessionId: z.string().min(1).max(200).optional(),
    variants: z.record(key(40), key(40)).optional(),
    at: isoDate.optional(),
  })
  .strict();

/** The slot of a storefront request. */
export const slotSchema = fields.slot;
