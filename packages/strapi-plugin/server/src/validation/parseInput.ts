import { errors } from '@strapi/utils';
import type { z } from 'zod';

import { formatZodError } from './formatZodError';

/**
 * The one way a controller reads what a request sends: a body, a query string or route parameters, parsed by
 * `schema` (zod), or a 400 ValidationError naming every field that is wrong. A missing input reads as `{}`.
 */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) {
    throw new errors.ValidationError(formatZodError(parsed.error));
  }
  return parsed.data;
}
