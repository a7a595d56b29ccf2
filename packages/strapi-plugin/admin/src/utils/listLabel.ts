import type { IntlShape } from 'react-intl';

import { pluginMessage } from '../pluginMessage';

const LIST_LABELS: Record<string, string> = {
  new: 'New arrivals',
  'best-selling': 'Best sellers',
  trending: 'Trending now',
  'people-also-like': 'People also like',
  'frequently-bought-together': 'Frequently bought together',
  'picks-for-you': 'Picks for you',
  'recently-viewed': 'Recently viewed',
  similar: 'Similar products',
};

/**
 * The name a merchandiser knows a list by: an AI list's title, or "Editorial: <title>" for `editorial:<slug>`
 * (`titles` by slug; the slug when the list is gone).
 */
export function listLabel(
  formatMessage: IntlShape['formatMessage'],
  list: string,
  titles: ReadonlyMap<string, string> = new Map(),
): string {
  if (list.startsWith('editorial:')) {
    const slug = list.slice('editorial:'.length);
    return formatMessage(pluginMessage('list.editorial', 'Editorial: {title}'), {
      title: titles.get(slug) ?? slug,
    });
  }
  const label = LIST_LABELS[list];
  return label === undefined ? list : formatMessage(pluginMessage(`list.${list}`, label));
}
