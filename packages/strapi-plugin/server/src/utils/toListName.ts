import { LIST_NAMES } from '@aisle/engine';
import type { ListName } from '@aisle/engine';
import { errors } from '@strapi/utils';

/** The list name, or a NotFoundError naming it and the lists that exist. */
export function toListName(value: unknown): ListName {
  if (typeof value === 'string' && (LIST_NAMES as readonly string[]).includes(value)) {
    return value as ListName;
  }
  throw new errors.NotFoundError(`unknown list "${String(value)}": expected one of ${LIST_NAMES.join(', ')}`);
}
