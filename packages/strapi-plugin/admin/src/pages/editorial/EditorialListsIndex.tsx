import { Button, EmptyStateLayout, LinkButton } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

import type { EditorialList } from '../../../../shared/contracts/editorial-lists';
import { editorialListsApi } from '../../api/editorialListsApi';
import { DataTable } from '../../components/DataTable';
import { PluginPage } from '../../components/PluginPage';
import { usePluginPermissions } from '../../hooks/usePluginPermissions';
import { useRemoteData } from '../../hooks/useRemoteData';
import { pluginMessage } from '../../pluginMessage';
import { errorMessage } from '../../utils/errorMessage';
import { EditorialListRow } from './EditorialListRow';

/** Every editorial list with whether shoppers see it now, its schedule and its size. */
export const EditorialListsIndex = () => {
  const { formatMessage, formatDate } = useIntl();
  const { canManageLists } = usePluginPermissions();
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const lists = useRemoteData('editorial-lists', (fetchClient, signal) =>
    editorialListsApi.find(fetchClient, signal),
  );

  const title = formatMessage(pluginMessage('editorial.title', 'Editorial lists'));
  const createButton = canManageLists ? (
    <LinkButton tag={Link} to="new" startIcon={<Plus />}>
      {formatMessage(pluginMessage('editorial.create', 'Create a list'))}
    </LinkButton>
  ) : undefined;
  const when = (value: string | null) =>
    value === null ? null : formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
  const schedule = (list: EditorialList) => {
    const [from, until] = [when(list.startsAt), when(list.endsAt)];
    if (from && until)
      return formatMessage(pluginMessage('editorial.schedule.between', '{from} to {until}'), { from, until });
    if (from) return formatMessage(pluginMessage('editorial.schedule.from', 'From {from}'), { from });
    if (until) return formatMessage(pluginMessage('editorial.schedule.until', 'Until {until}'), { until });
    return formatMessage(pluginMessage('editorial.schedule.always', 'No end date'));
  };

  const remove = async (list: EditorialList) => {
    try {
      await editorialListsApi.remove(client, list.id);
      toggleNotification({
        type: 'success',
        message: formatMessage(pluginMessage('editorial.deleted', '“{title}” deleted'), {
          title: list.title,
        }),
      });
      lists.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  let content;
  if (lists.isLoading && lists.data === undefined) {
    content = <Page.Loading />;
  } else if (lists.error !== undefined) {
    content = (
      <EmptyStateLayout
        content={formatMessage(
          pluginMessage('editorial.loadError', 'The editorial lists could not be loaded: {message}'),
          {
            message: errorMessage(lists.error),
          },
        )}
        action={
          <Button variant="secondary" onClick={lists.reload}>
            {formatMessage(pluginMessage('common.retry', 'Retry'))}
          </Button>
        }
      />
    );
  } else if (lists.data?.length === 0) {
    content = (
      <EmptyStateLayout
        content={formatMessage(
          pluginMessage(
            'editorial.empty',
            'No editorial list yet. Pick products by hand, put them in order and publish them to the storefront.',
          ),
        )}
        action={createButton}
      />
    );
  } else {
    content = (
      <DataTable
        headers={[
          pluginMessage('editorial.column.title', 'List'),
          pluginMessage('editorial.column.state', 'On the storefront'),
          pluginMessage('editorial.column.schedule', 'Schedule'),
          pluginMessage('editorial.column.products', 'Products'),
          pluginMessage('editorial.column.updated', 'Last edited'),
          pluginMessage('common.actions', 'Actions'),
        ]}
        rowCount={lists.data?.length ?? 0}
      >
        {lists.data?.map((list) => (
          <EditorialListRow
            key={list.id}
            list={list}
            schedule={schedule(list)}
            updated={when(list.updatedAt)}
            onDelete={canManageLists ? remove : undefined}
          />
        ))}
      </DataTable>
    );
  }

  return (
    <PluginPage
      title={title}
      subtitle={formatMessage(
        pluginMessage(
          'editorial.subtitle',
          'Products your team picks by hand, shown in your order. Storefronts show a published list while its schedule runs.',
        ),
      )}
      primaryAction={lists.data?.length ? createButton : undefined}
    >
      {content}
    </PluginPage>
  );
};
