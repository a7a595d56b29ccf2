import { LISTS } from '@aisle/engine';
import type { IntlShape } from 'react-intl';

import { pluginMessage } from '../pluginMessage';

/** Each AI list's default heading (English), from the engine's list descriptors. */
const LIST_LABELS = new Map<string, string>(LISTS.map((list) => [list.name, list.heading]));

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
  const label = LIST_LABELS.get(list);
  return label === undefined ? list : formatMessage(pluginMessage(`list.${list}`, label));
}
