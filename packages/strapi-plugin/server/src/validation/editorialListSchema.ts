import { z } from 'zod';

const isoDate = z.string().datetime({ offset: true });

const fields = {
  slug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single dashes'),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).nullable(),
  productIds: z.array(z.string().min(1).max(200)).max(100),
  status: z.enum(['draft', 'published']),
  startsAt: isoDate.nullable(),
  endsAt: isoDate.nullable(),
};

function scheduleInOrder(value: { startsAt?: string | null; endsAt?: string | null }): boolean {
  return !value.startsAt || !value.endsAt || Date.parse(value.endsAt) > Date.parse(value.startsAt);
}

const scheduleMessage = { message: 'must come after startsAt', path: ['endsAt'] };

export const editorialListCreateSchema = z
  .object({
    ...fields,
    description: fields.description.optional(),
    status: fields.status.default('draft'),
    startsAt: fields.startsAt.optional(),
    endsAt: fields.endsAt.optional(),
  })
  .strict()
  .refine(scheduleInOrder, scheduleMessage);

export const editorialListUpdateSchema = z
  .object(fields)
  .partial()
  .strict()
  .refine(scheduleInOrder, scheduleMessage);
