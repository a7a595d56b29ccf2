import type { ProductMatch } from '@aisle/engine';
import type { IntlShape } from 'react-intl';

import { pluginMessage } from '../../pluginMessage';
import { formatPrice } from '../../utils/formatPrice';

/** A product match in words ("Brand: Peak, price 10 to 50"); products by title when `titles` knows them. */
export function describeMatch(
  formatMessage: IntlShape['formatMessage'],
  match: ProductMatch,
  titles: ReadonlyMap<string, string>,
): string {
  const parts: string[] = [];
  if (match.productId !== undefined) parts.push(titles.get(match.productId) ?? match.productId);
  if (match.category !== undefined) {
    parts.push(formatMessage(pluginMessage('match.category', 'category {value}'), { value: match.category }));
  }
  if (match.brand !== undefined) {
    parts.push(formatMessage(pluginMessage('match.brand', 'brand {value}'), { value: match.brand }));
  }
  if (match.tag !== undefined) {
    parts.push(formatMessage(pluginMessage('match.tag', 'tag {value}'), { value: match.tag }));
  }
  if (match.minPrice !== undefined && match.maxPrice !== undefined) {
    parts.push(
      formatMessage(pluginMessage('match.priceBetween', 'price {min} to {max}'), {
        min: formatPrice(match.minPrice),
        max: formatPrice(match.maxPrice),
      }),
    );
  } else if (match.minPrice !== undefined) {
    parts.push(
      formatMessage(pluginMessage('match.priceFrom', 'price from {min}'), {
        min: formatPrice(match.minPrice),
      }),
    );
  } else if (match.maxPrice !== undefined) {
    parts.push(
      formatMessage(pluginMessage('match.priceUpTo', 'price up to {max}'), {
        max: formatPrice(match.maxPrice),
      }),
    );
  }
  if (match.attribute !== undefined) parts.push(`${match.attribute.name} = ${String(match.attribute.value)}`);
  return parts.join(', ');
}
