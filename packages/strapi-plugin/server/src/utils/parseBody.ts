import { errors } from '@strapi/utils';
import type { z } from 'zod';

import { formatZodError } from '../validation/formatZodError';

/** The body parsed by `schema`, or a ValidationError naming every field that is wrong. */
export function parseBody<S extends z.ZodTypeAny>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    throw new errors.ValidationError(formatZodError(parsed.error));
  }
  return parsed.data;
}
