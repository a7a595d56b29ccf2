import type { IntlShape } from 'react-intl';

import type { ListRequirement } from '../../../shared/contracts/health';
import { pluginMessage } from '../pluginMessage';

/**
 * Each requirement kind the engine's lists name, in words: the message id, its English default and whether
 * `have` and `need` are shares shown in percent. A list whose kind is not here is shown by its kind and numbers.
 */
const REQUIREMENT_MESSAGES: Record<string, { id: string; text: string; percent?: true }> = {
  model: { id: 'requirement.model', text: 'A trained model: train one on the Model and data page' },
  'launch-date-field': {
    id: 'requirement.launchDateField',
    text: 'A launch date field: map one in Settings',
  },
  'content-fields': {
    id: 'requirement.contentFields',
    text: 'A category, brand or tags field: map one in Settings',
  },
  'launched-products': {
    id: 'requirement.launched',
    text: '{have} of {need} products launched in the last {days} days',
  },
  'sold-products': { id: 'requirement.sold', text: '{have} of {need} products sold in the last {days} days' },
  'trending-products': {
    id: 'requirement.trending',
    text: '{have} of {need} products with rising demand in the last {days} days',
  },
  'related-share': {
    id: 'requirement.related',
    text: '{have} % of products have others bought or viewed by the same shoppers (target {need} %)',
    percent: true,
  },
  'bought-together-share': {
    id: 'requirement.boughtTogether',
    text: '{have} % of products were bought in the same orders as others (target {need} %)',
    percent: true,
  },
  'content-share': {
    id: 'requirement.content',
    text: '{have} % of products share a category, brand or tags with others (target {need} %)',
    percent: true,
  },
  views: { id: 'requirement.views', text: 'Product views from the storefront ({have} so far)' },
  'repeat-buyers': {
    id: 'requirement.repeatBuyers',
    text: '{have} of {need} shoppers bought a product again on another day',
  },
};

/** A requirement of a list in words: what is there and what the list needs, for a merchandiser. */
export function requirementText(
  formatMessage: IntlShape['formatMessage'],
  requirement: ListRequirement,
): string {
  const { kind, have, need, days = 0 } = requirement;
  const message = REQUIREMENT_MESSAGES[kind] ?? {
    id: `requirement.${kind}`,
    text: `${kind}: {have} of {need}`,
  };
  const shown = (value: number) => (message.percent ? Math.round(value * 100) : value);
  return formatMessage(pluginMessage(message.id, message.text), {
    have: shown(have),
    need: shown(need),
    days,
  });
}
