import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import type { PlacementInput, PlacementStatus } from '../../../../shared/contracts/placements';
import { placementsApi } from '../../api/placementsApi';
import { useRemoteData } from '../../hooks/useRemoteData';
import { pluginMessage } from '../../pluginMessage';
import { errorMessage } from '../../utils/errorMessage';
import { EMPTY_PLACEMENT } from './placementForm';

/** The placement being edited (null id: a new one): its form, loaded once, and saving it with a status. */
export function usePlacementEditor(id: number | null) {
  const client = useFetchClient();
  const navigate = useNavigate();
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const stored = useRemoteData(id === null ? null : `placement:${id}`, (fetchClient, signal) =>
    placementsApi.findOne(fetchClient, id!, signal),
  );
  const [form, setForm] = useState<PlacementInput>(EMPTY_PLACEMENT);
  const [filled, setFilled] = useState(id === null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (stored.data === undefined || filled) return;
    const { slot, name, page, modules, status } = stored.data;
    setForm({ slot, name, page, modules, status });
    setFilled(true);
  }, [stored.data, filled]);

  const save = async (status: PlacementStatus, next: PlacementInput = form) => {
    setSaving(true);
    try {
      const input = { ...next, status };
      const saved =
        id === null
          ? await placementsApi.create(client, input)
          : await placementsApi.update(client, id, input);
      setForm({ ...input });
      toggleNotification({
        type: 'success',
        message: formatMessage(
          status === 'published'
            ? pluginMessage(
                'placements.savedPublished',
                'Published: storefronts show it on their next page load',
              )
            : pluginMessage('placements.savedDraft', 'Saved as a draft: storefronts do not show it'),
        ),
      });
      if (id === null) navigate(`../${saved.id}`, { replace: true });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  return { stored, form, setForm, filled, saving, save };
}

export type PlacementEditorState = ReturnType<typeof usePlacementEditor>;
