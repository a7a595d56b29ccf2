import {
  Box,
  Button,
  DateTimePicker,
  Field,
  Flex,
  Grid,
  TextInput,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { ChangeEvent } from 'react';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router-dom';

import type {
  EditorialList,
  EditorialListInput,
  EditorialListStatus,
} from '../../../../shared/contracts/editorial-lists';
import type { Recommendation, RecommendedProduct } from '../../../../shared/contracts/lists';
import { editorialListsApi } from '../../api/editorialListsApi';
import { productsApi } from '../../api/productsApi';
import { ProductPicker } from '../../components/ProductPicker';
import { SortableProductList } from '../../components/SortableProductList';
import { StorefrontPreview } from '../../components/StorefrontPreview';
import { usePluginPermissions } from '../../hooks/usePluginPermissions';
import { useRemoteData } from '../../hooks/useRemoteData';
import { pluginMessage } from '../../pluginMessage';
import { errorMessage } from '../../utils/errorMessage';
import { EditorialStateBadge } from './EditorialStateBadge';
import { editorialState } from './editorialState';
import { toSlug } from './toSlug';
import { SectionCard } from '../../components/SectionCard';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PRODUCTS = 100;

interface Form {
  title: string;
  slug: string;
  description: string;
  productIds: string[];
  startsAt: Date | null;
  endsAt: Date | null;
}

const EMPTY: Form = { title: '', slug: '', description: '', productIds: [], startsAt: null, endsAt: null };

const toForm = (list: EditorialList): Form => ({
  title: list.title,
  slug: list.slug,
  description: list.description ?? '',
  productIds: list.productIds,
  startsAt: list.startsAt === null ? null : new Date(list.startsAt),
  endsAt: list.endsAt === null ? null : new Date(list.endsAt),
});

/** Creates (`editorial/new`) or edits (`editorial/:id`) an editorial list, with a preview as shoppers will see it. */
export const EditorialListEditor = () => {
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { formatMessage } = useIntl();
  const { canManageLists } = usePluginPermissions();
  const client = useFetchClient();
  const navigate = useNavigate();
  const { toggleNotification } = useNotification();

  const stored = useRemoteData(id === null ? null : `editorial-list-${id}`, async (fetchClient, signal) => {
    const list = await editorialListsApi.findOne(fetchClient, id as number, signal);
    const products = await productsApi.byIds(fetchClient, list.productIds, signal);
    return { list, products: products.data };
  });
  const [form, setForm] = useState<Form>(EMPTY);
  const [status, setStatus] = useState<EditorialListStatus>('draft');
  const [slugEdited, setSlugEdited] = useState(false);
  const [products, setProducts] = useState<Map<string, RecommendedProduct>>(new Map());
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  // The stored list reaches the form one render after it loads: until then the page shows it is loading.
  const [filled, setFilled] = useState(false);

  useEffect(() => {
    if (stored.data === undefined) return;
    setForm(toForm(stored.data.list));
    setStatus(stored.data.list.status);
    setSlugEdited(true);
    setProducts(new Map(stored.data.products.map((product) => [product.id, product])));
    setFilled(true);
  }, [stored.data]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const readOnly = !canManageLists;

  const errors = {
    title:
      form.title.trim() === ''
        ? formatMessage(pluginMessage('editor.error.title', 'Give the list a title'))
        : undefined,
    slug: !SLUG.test(form.slug)
      ? formatMessage(
          pluginMessage(
            'editor.error.slug',
            'Use lower-case letters, digits and single dashes, e.g. summer-picks',
          ),
        )
      : undefined,
    endsAt:
      form.startsAt && form.endsAt && form.endsAt <= form.startsAt
        ? formatMessage(pluginMessage('editor.error.endsAt', 'The end must come after the start'))
        : undefined,
  };
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

  if (id !== null && Number.isNaN(id)) return <Page.NoData />;
  if (id !== null && !filled && stored.error === undefined) return <Page.Loading />;
  if (stored.error !== undefined) {
    return (
      <Page.Error
        content={formatMessage(
          pluginMessage('editor.loadError', 'This editorial list could not be loaded: {message}'),
          {
            message: errorMessage(stored.error),
          },
        )}
      />
    );
  }

  const state = editorialState({
    status,
    startsAt: form.startsAt?.toISOString() ?? null,
    endsAt: form.endsAt?.toISOString() ?? null,
  });
  const shown: Recommendation[] = [];
  let hidden = 0;
  for (const productId of form.productIds) {
    const product = products.get(productId);
    if (product?.available) shown.push({ product, score: 0, reasons: [], source: 'editorial' });
    else hidden += 1;
  }
  const title =
    id === null
      ? formatMessage(pluginMessage('editor.newTitle', 'New editorial list'))
      : form.title || stored.data?.list.title || '';

  const actions = readOnly ? undefined : (
    <Flex gap={2}>
      {status === 'published' ? (
        <Button variant="secondary" loading={saving} onClick={() => save('draft')}>
          {formatMessage(pluginMessage('editor.unpublish', 'Unpublish'))}
        </Button>
      ) : (
        <Button variant="secondary" loading={saving} onClick={() => save('draft')}>
          {formatMessage(pluginMessage('editor.saveDraft', 'Save draft'))}
        </Button>
      )}
      <Button loading={saving} onClick={() => save('published')}>
        {status === 'published'
          ? formatMessage(pluginMessage('editor.savePublished', 'Save and keep published'))
          : formatMessage(pluginMessage('editor.publish', 'Publish'))}
      </Button>
    </Flex>
  );

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        navigationAction={
          <Link
            to=".."
            relative="path"
            style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem' }}
          >
            <ArrowLeft aria-hidden />
            <Typography variant="pi">
              {formatMessage(pluginMessage('editor.back', 'All editorial lists'))}
            </Typography>
          </Link>
        }
        title={title}
        secondaryAction={<EditorialStateBadge state={state} />}
        subtitle={formatMessage(
          pluginMessage(
            'editor.subtitle',
            'Pick products, put them in the order shoppers should see them, schedule the list and publish it.',
          ),
        )}
        primaryAction={actions}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {readOnly && (
            <Typography textColor="neutral600">
              {formatMessage(
                pluginMessage(
                  'editor.readOnly',
                  'You can look at this list; changing it needs the “Manage editorial lists” permission.',
                ),
              )}
            </Typography>
          )}
          {serverError && (
            <Box background="danger100" padding={3} hasRadius role="alert">
              <Typography textColor="danger700">{serverError}</Typography>
            </Box>
          )}
          <Grid.Root gap={6}>
            <Grid.Item col={8} s={12} direction="column" alignItems="stretch" gap={6}>
              <SectionCard title={formatMessage(pluginMessage('editor.details', 'Details'))}>
                <Grid.Root gap={4}>
                  <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                    <Field.Root name="title" required error={form.title === '' ? undefined : errors.title}>
                      <Field.Label>
                        {formatMessage(pluginMessage('editor.field.title', 'Title shoppers see'))}
                      </Field.Label>
                      <TextInput
                        value={form.title}
                        disabled={readOnly}
                        maxLength={200}
                        onChange={(event: ChangeEvent<HTMLInputElement>) => {
                          const value = event.target.value;
                          setForm((previous) => ({
                            ...previous,
                            title: value,
                            slug: slugEdited ? previous.slug : toSlug(value),
                          }));
                        }}
                      />
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                    <Field.Root
                      name="slug"
                      required
                      error={form.slug === '' ? undefined : errors.slug}
                      hint={formatMessage(
                        pluginMessage(
                          'editor.field.slugHint',
                          'Storefronts ask for the list by this name: /editorial/{slug}',
                        ),
                        { slug: form.slug || '…' },
                      )}
                    >
                      <Field.Label>{formatMessage(pluginMessage('editor.field.slug', 'Slug'))}</Field.Label>
                      <TextInput
                        value={form.slug}
                        disabled={readOnly}
                        maxLength={100}
                        onChange={(event: ChangeEvent<HTMLInputElement>) => {
                          setSlugEdited(true);
                          set('slug', event.target.value);
                        }}
                      />
                      <Field.Error />
                      <Field.Hint />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={12} direction="column" alignItems="stretch">
                    <Field.Root name="description">
                      <Field.Label>
                        {formatMessage(pluginMessage('editor.field.description', 'Description (optional)'))}
                      </Field.Label>
                      <Textarea
                        value={form.description}
                        disabled={readOnly}
                        maxLength={2000}
                        onChange={(event: ChangeEvent<HTMLTextAreaElement>) =>
                          set('description', event.target.value)
                        }
                      />
                    </Field.Root>
                  </Grid.Item>
                </Grid.Root>
              </SectionCard>
              <SectionCard
                title={formatMessage(pluginMessage('editor.products', 'Products ({count})'), {
                  count: form.productIds.length,
                })}
              >
                <Flex direction="column" alignItems="stretch" gap={4}>
                  {!readOnly && (
                    <ProductPicker
                      label={formatMessage(pluginMessage('editor.picker', 'Add products'))}
                      actionLabel={formatMessage(pluginMessage('editor.add', 'Add'))}
                      pickedIds={form.productIds}
                      disabled={form.productIds.length >= MAX_PRODUCTS}
                      hint={
                        form.productIds.length >= MAX_PRODUCTS
                          ? formatMessage(pluginMessage('editor.full', 'A list holds at most 100 products.'))
                          : undefined
                      }
                      onPick={(product) => {
                        setProducts((previous) => new Map(previous).set(product.id, product));
                        set('productIds', [...form.productIds, product.id]);
                      }}
                    />
                  )}
                  {form.productIds.length === 0 ? (
                    <Typography textColor="neutral600">
                      {formatMessage(
                        pluginMessage(
                          'editor.noProducts',
                          'No products yet: search the catalog above and add them in the order shoppers should see them.',
                        ),
                      )}
                    </Typography>
                  ) : (
                    <SortableProductList
                      ids={form.productIds}
                      products={products}
                      disabled={readOnly}
                      onChange={(ids) => set('productIds', ids)}
                    />
                  )}
                </Flex>
              </SectionCard>
            </Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={6}>
              <SectionCard title={formatMessage(pluginMessage('editor.schedule', 'Schedule'))}>
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(
                      pluginMessage(
                        'editor.scheduleHint',
                        'A published list is shown from the start until the end. Leave both empty to show it as soon as it is published, with no end.',
                      ),
                    )}
                  </Typography>
                  <Field.Root name="startsAt">
                    <Field.Label>
                      {formatMessage(pluginMessage('editor.field.startsAt', 'Start'))}
                    </Field.Label>
                    <DateTimePicker
                      value={form.startsAt}
                      disabled={readOnly}
                      onChange={(date) => set('startsAt', date ?? null)}
                      onClear={() => set('startsAt', null)}
                      clearLabel={formatMessage(pluginMessage('editor.clearStart', 'Clear the start'))}
                    />
                  </Field.Root>
                  <Field.Root name="endsAt" error={errors.endsAt}>
                    <Field.Label>{formatMessage(pluginMessage('editor.field.endsAt', 'End'))}</Field.Label>
                    <DateTimePicker
                      value={form.endsAt}
                      disabled={readOnly}
                      onChange={(date) => set('endsAt', date ?? null)}
                      onClear={() => set('endsAt', null)}
                      clearLabel={formatMessage(pluginMessage('editor.clearEnd', 'Clear the end'))}
                    />
                    <Field.Error />
                  </Field.Root>
                </Flex>
              </SectionCard>
            </Grid.Item>
          </Grid.Root>
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography variant="delta" tag="h2">
              {formatMessage(pluginMessage('editor.previewTitle', 'Preview: what shoppers will see'))}
            </Typography>
            {hidden > 0 && (
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(
                  pluginMessage(
                    'editor.hidden',
                    '{count, plural, one {# product is} other {# products are}} out of stock or gone from the catalog: the storefront leaves {count, plural, one {it} other {them}} out.',
                  ),
                  { count: hidden },
                )}
              </Typography>
            )}
            <StorefrontPreview
              title={form.title || formatMessage(pluginMessage('editor.untitled', 'Untitled list'))}
              items={shown}
              emptyText={formatMessage(
                pluginMessage('editor.previewEmpty', 'Shoppers would see nothing: add products in stock.'),
              )}
            />
          </Flex>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
