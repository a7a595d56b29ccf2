import { errors } from '@strapi/utils';

/** A positive integer id from a route parameter, or a ValidationError naming it. */
export function parseId(value: string | undefined): number {
  if (value === undefined || !/^\d{1,15}$/.test(value) || Number(value) < 1) {
    throw new errors.ValidationError(`id "${value ?? ''}": expected a positive whole number`);
  }
  return Number(value);
}
