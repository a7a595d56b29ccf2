import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';

import { PluginPage } from '../../components/PluginPage';
import { usePluginPermissions } from '../../hooks/usePluginPermissions';
import { pluginMessage } from '../../pluginMessage';
import { errorMessage } from '../../utils/errorMessage';
import { EditorActions } from './editor/EditorActions';
import { EditorBackLink } from './editor/EditorBackLink';
import { EditorDetailsCard } from './editor/EditorDetailsCard';
import { EditorPreview } from './editor/EditorPreview';
import { EditorProductsCard } from './editor/EditorProductsCard';
import { EditorScheduleCard } from './editor/EditorScheduleCard';
import { useEditorialListEditor } from './editor/useEditorialListEditor';
import { EditorialStateBadge } from './EditorialStateBadge';
import { editorialState } from './editorialState';

/** Creates (`editorial/new`) or edits (`editorial/:id`) an editorial list, with a preview as shoppers will see it. */
export const EditorialListEditor = () => {
  const { id: idParam } = useParams();
  const id = idParam === undefined ? null : Number(idParam);
  const { formatMessage } = useIntl();
  const { canManageLists } = usePluginPermissions();
  const editor = useEditorialListEditor(id);
  const { stored, form, status, filled, serverError } = editor;
  const readOnly = !canManageLists;

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
  const inStock = form.productIds.filter((productId) => editor.products.get(productId)?.available);
  const emptyReason =
    form.productIds.length === 0
      ? formatMessage(pluginMessage('editor.emptyNoProducts', 'The list has no products.'))
      : inStock.length === 0
        ? formatMessage(
            pluginMessage(
              'editor.emptyNoStock',
              'None of its products is in stock: storefronts leave them out.',
            ),
          )
        : null;
  const title =
    id === null
      ? formatMessage(pluginMessage('editor.newTitle', 'New editorial list'))
      : form.title || stored.data?.list.title || '';

  return (
    <PluginPage
      navigationAction={<EditorBackLink />}
      title={title}
      secondaryAction={<EditorialStateBadge state={state} />}
      subtitle={formatMessage(
        pluginMessage(
          'editor.subtitle',
          'Pick products, put them in the order shoppers should see them, schedule the list and publish it.',
        ),
      )}
      primaryAction={
        readOnly ? undefined : (
          <EditorActions status={status} saving={editor.saving} onSave={editor.save} empty={emptyReason} />
        )
      }
    >
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
            <EditorDetailsCard {...editor} readOnly={readOnly} />
            <EditorProductsCard {...editor} readOnly={readOnly} />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={6}>
            <EditorScheduleCard {...editor} readOnly={readOnly} />
          </Grid.Item>
        </Grid.Root>
        <EditorPreview title={form.title} productIds={form.productIds} products={editor.products} />
      </Flex>
    </PluginPage>
  );
};
