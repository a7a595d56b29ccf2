import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';

import type {
  EditorialListInput,
  EditorialListStatus,
} from '../../../../../shared/contracts/editorial-lists';
import type { RecommendedProduct } from '../../../../../shared/contracts/lists';
import { editorialListsApi } from '../../../api/editorialListsApi';
import { productsApi } from '../../../api/productsApi';
import { useRemoteData } from '../../../hooks/useRemoteData';
import { pluginMessage } from '../../../pluginMessage';
import { errorMessage } from '../../../utils/errorMessage';
import { EMPTY_EDITORIAL_FORM, toEditorialForm } from './editorialForm';
import type { EditorialForm } from './editorialForm';
import { editorialFormErrors } from './editorialFormErrors';

/** The state of the editor of list `id` (null for a new list): the stored list, the form, and saving it. */
export function useEditorialListEditor(id: number | null) {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();

  const stored = useRemoteData(id === null ? null : `editorial-list-${id}`, async (fetchClient, signal) => {
    const list = await editorialListsApi.findOne(fetchClient, id as number, signal);
    const products = await productsApi.byIds(fetchClient, list.productIds, signal);
    return { list, products: products.data };
  });
  const [form, setForm] = useState<EditorialForm>(EMPTY_EDITORIAL_FORM);
  const [status, setStatus] = useState<EditorialListStatus>('draft');
  const [slugEdited, setSlugEdited] = useState(false);
  const [products, setProducts] = useState<Map<string, RecommendedProduct>>(new Map());
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  // The stored list reaches the form one render after it loads: until then the page shows it is loading.
  const [filled, setFilled] = useState(false);

  useEffect(() => {
    if (stored.data === undefined) return;
    setForm(toEditorialForm(stored.data.list));
    setStatus(stored.data.list.status);
    setSlugEdited(true);
    setProducts(new Map(stored.data.products.map((product) => [product.id, product])));
    setFilled(true);
  }, [stored.data]);

  const set = <K extends keyof EditorialForm>(key: K, value: EditorialForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const errors = editorialFormErrors(formatMessage, form);
  const valid = !errors.title && !errors.slug && !errors.endsAt;

  const save = async (nextStatus: EditorialListStatus) => {
    setServerError(null);
    if (!valid) {
      setServerError(formatMessage(pluginMessage('editor.error.fix', 'Fix the fields marked in red first.')));
      return;
    }
    const input: EditorialListInput = {
      title: form.title.trim(),
      slug: form.slug,
      description: form.description.trim() === '' ? null : form.description,
      productIds: form.productIds,
      status: nextStatus,
      startsAt: form.startsAt?.toISOString() ?? null,
      endsAt: form.endsAt?.toISOString() ?? null,
    };
    setSaving(true);
    try {
      const saved =
        id === null
          ? await editorialListsApi.create(client, input)
          : await editorialListsApi.update(client, id, input);
      setStatus(saved.status);
      toggleNotification({
        type: 'success',
        message:
          saved.status === 'published'
            ? formatMessage(pluginMessage('editor.published', '“{title}” is published'), {
                title: saved.title,
              })
            : formatMessage(pluginMessage('editor.saved', '“{title}” is saved as a draft'), {
                title: saved.title,
              }),
      });
      if (id === null) navigate(`../${saved.id}`, { replace: true });
    } catch (error) {
      setServerError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return {
    stored,
    form,
    setForm,
    set,
    errors,
    status,
    slugEdited,
    setSlugEdited,
    products,
    setProducts,
    saving,
    serverError,
    filled,
    save,
  };
}

export type EditorialListEditorState = ReturnType<typeof useEditorialListEditor>;
