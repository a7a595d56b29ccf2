import { Button, EmptyStateLayout, LinkButton, Td, Tr, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router-dom';

import { placementsApi } from '../../api/placementsApi';
import { DataTable } from '../../components/DataTable';
import { PluginPage } from '../../components/PluginPage';
import { StatusBadge } from '../../components/StatusBadge';
import { usePluginPermissions } from '../../hooks/usePluginPermissions';
import { useRemoteData } from '../../hooks/useRemoteData';
import { pluginMessage } from '../../pluginMessage';
import { errorMessage } from '../../utils/errorMessage';

/** Every slot with its page, how many modules it stacks, whether one is an A/B test, and whether it is live. */
export const PlacementsIndex = () => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const { canManageLists } = usePluginPermissions();
  const placements = useRemoteData('placements', (client, signal) => placementsApi.find(client, signal));
  const createButton = canManageLists ? (
    <LinkButton tag={Link} to="new" startIcon={<Plus />}>
      {formatMessage(pluginMessage('placements.create', 'Add a placement'))}
    </LinkButton>
  ) : undefined;

  let content;
  if (placements.data === undefined && placements.error === undefined) {
    content = <Page.Loading />;
  } else if (placements.error !== undefined) {
    content = (
      <EmptyStateLayout
        content={formatMessage(
          pluginMessage('placements.loadError', 'The placements could not be loaded: {message}'),
          { message: errorMessage(placements.error) },
        )}
        action={
          <Button variant="secondary" onClick={placements.reload}>
            {formatMessage(pluginMessage('common.retry', 'Retry'))}
          </Button>
        }
      />
    );
  } else if (placements.data!.length === 0) {
    content = (
      <EmptyStateLayout
        content={formatMessage(
          pluginMessage(
            'placements.empty',
            'No placement yet. A placement is a slot of a page (the home page, a product page…) with the lists it shows, in order.',
          ),
        )}
        action={createButton}
      />
    );
  } else {
    content = (
      <DataTable
        headers={[
          pluginMessage('placements.column.name', 'Placement'),
          pluginMessage('placements.column.page', 'Page'),
          pluginMessage('placements.column.modules', 'Lists'),
          pluginMessage('placements.column.state', 'On the storefront'),
        ]}
        rowCount={placements.data!.length}
      >
        {placements.data!.map((placement) => (
          <Tr key={placement.id} onClick={() => navigate(String(placement.id))} style={{ cursor: 'pointer' }}>
            <Td>
              <Link to={String(placement.id)} style={{ color: 'inherit', textDecoration: 'none' }}>
                <Typography fontWeight="semiBold">{placement.name}</Typography>
              </Link>
              <Typography variant="pi" textColor="neutral600" tag="p">
                {placement.slot}
              </Typography>
            </Td>
            <Td>
              <Typography>
                {formatMessage(pluginMessage(`placements.page.${placement.page}`, placement.page))}
              </Typography>
            </Td>
            <Td>
              <Typography>
                {formatMessage(
                  pluginMessage(
                    'placements.moduleCount',
                    '{count, plural, one {# list} other {# lists}}{tests}',
                  ),
                  {
                    count: placement.modules.length,
                    tests: placement.modules.some((module) => module.variants.length > 1)
                      ? formatMessage(pluginMessage('placements.withTest', ', A/B test running'))
                      : '',
                  },
                )}
              </Typography>
            </Td>
            <Td>
              <StatusBadge variant={placement.status === 'published' ? 'success' : 'secondary'}>
                {formatMessage(
                  placement.status === 'published'
                    ? pluginMessage('placements.published', 'Published')
                    : pluginMessage('placements.draft', 'Draft'),
                )}
              </StatusBadge>
            </Td>
          </Tr>
        ))}
      </DataTable>
    );
  }

  return (
    <PluginPage
      title={formatMessage(pluginMessage('placements.title', 'Placements'))}
      subtitle={formatMessage(
        pluginMessage(
          'placements.subtitle',
          'Put any list on any page: each placement is a slot of your storefront with the lists it shows. Test one list against another with variants.',
        ),
      )}
      primaryAction={placements.data?.length ? createButton : undefined}
    >
      {content}
    </PluginPage>
  );
};
