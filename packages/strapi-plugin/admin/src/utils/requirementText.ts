import type { IntlShape } from 'react-intl';

import type { ListRequirement } from '../../../shared/contracts/health';
import { pluginMessage } from '../pluginMessage';

/** A requirement of a list in words: what is there and what the list needs, for a merchandiser. */
export function requirementText(
  formatMessage: IntlShape['formatMessage'],
  requirement: ListRequirement,
): string {
  const { have, need, days = 0 } = requirement;
  const percent = (value: number) => Math.round(value * 100);
  switch (requirement.kind) {
    case 'model':
      return formatMessage(
        pluginMessage('requirement.model', 'A trained model: train one on the Model and data page'),
      );
    case 'launch-date-field':
      return formatMessage(
        pluginMessage('requirement.launchDateField', 'A launch date field: map one in Settings'),
      );
    case 'content-fields':
      return formatMessage(
        pluginMessage('requirement.contentFields', 'A category, brand or tags field: map one in Settings'),
      );
    case 'launched-products':
      return formatMessage(
        pluginMessage('requirement.launched', '{have} of {need} products launched in the last {days} days'),
        { have, need, days },
      );
    case 'sold-products':
      return formatMessage(
        pluginMessage('requirement.sold', '{have} of {need} products sold in the last {days} days'),
        { have, need, days },
      );
    case 'trending-products':
      return formatMessage(
        pluginMessage(
          'requirement.trending',
          '{have} of {need} products with rising demand in the last {days} days',
        ),
        { have, need, days },
      );
    case 'related-share':
      return formatMessage(
        pluginMessage(
          'requirement.related',
          '{have} % of products have others bought or viewed by the same shoppers (target {need} %)',
        ),
        { have: percent(have), need: percent(need) },
      );
    case 'bought-together-share':
      return formatMessage(
        pluginMessage(
          'requirement.boughtTogether',
          '{have} % of products were bought in the same orders as others (target {need} %)',
        ),
        { have: percent(have), need: percent(need) },
      );
    case 'content-share':
      return formatMessage(
        pluginMessage(
          'requirement.content',
          '{have} % of products share a category, brand or tags with others (target {need} %)',
        ),
        { have: percent(have), need: percent(need) },
      );
    case 'views':
      return formatMessage(
        pluginMessage('requirement.views', 'Product views from the storefront ({have} so far)'),
        {
          have,
        },
      );
  }
}
