import { LISTS } from '@aisle/engine';
import { useIntl } from 'react-intl';

import type { PlacementSource } from '../../../../shared/contracts/placements';
import { editorialListsApi } from '../../api/editorialListsApi';
import { useRemoteData } from '../../hooks/useRemoteData';
import { pluginMessage } from '../../pluginMessage';
import { listLabel } from '../../utils/listLabel';

/**
 * What a module may show (every AI list and every editorial list, as select options), editorial lists' titles,
 * and why a source would not be shown: an editorial list deleted or left unpublished, which the storefront skips.
 */
export function usePlacementSources() {
  const { formatMessage } = useIntl();
  const editorial = useRemoteData('editorial-lists', (client, signal) =>
    editorialListsApi.find(client, signal),
  );
  const titles = new Map((editorial.data ?? []).map((list) => [list.slug, list.title]));
  const sources = [
    ...LISTS.map((list) => ({ value: `list:${list.name}`, label: listLabel(formatMessage, list.name) })),
    ...(editorial.data ?? []).map((list) => ({
      value: `editorial:${list.slug}`,
      label: listLabel(formatMessage, `editorial:${list.slug}`, titles),
    })),
  ];
  const sourceProblem = (source: PlacementSource): string | undefined => {
    if (!('editorial' in source) || editorial.data === undefined) return undefined;
    const list = editorial.data.find((entry) => entry.slug === source.editorial);
    if (list === undefined) {
      return formatMessage(
        pluginMessage(
          'placements.editorialMissing',
          'The editorial list "{slug}" does not exist: shoppers do not see this list.',
        ),
        { slug: source.editorial },
      );
    }
    if (list.status !== 'published') {
      return formatMessage(
        pluginMessage(
          'placements.editorialDraft',
          'The editorial list "{title}" is not published: shoppers do not see this list.',
        ),
        { title: list.title },
      );
    }
    return undefined;
  };
  return { sources, titles, sourceProblem };
}
