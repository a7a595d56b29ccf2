import { MAX_LIMIT } from '@aisle/engine';
import type { ListName } from '@aisle/engine';

/** Lists whose product count the server counts by asking the list for its most products (MAX_LIMIT). */
const COUNTED_BY_SERVING: readonly ListName[] = ['new', 'best-selling', 'trending'];

/** The products a list can draw from, "100+" where the count stops at the most a list serves. */
export function formatItems(formatNumber: (value: number) => string, list: ListName, items: number): string {
  return COUNTED_BY_SERVING.includes(list) && items >= MAX_LIMIT
    ? `${formatNumber(MAX_LIMIT)}+`
    : formatNumber(items);
}
