import { Layouts, Page, SubNav } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Route, Routes } from 'react-router-dom';

import { usePluginPermissions } from '../hooks/usePluginPermissions';
import { PERMISSIONS } from '../permissions';
import { pluginMessage } from '../pluginMessage';
import { AdjustPage } from './AdjustPage';
import { EditorialListsPage } from './EditorialListsPage';
import { ModelPage } from './ModelPage';
import { OverviewPage } from './OverviewPage';
import { PerformancePage } from './PerformancePage';
import { PlacementsPage } from './PlacementsPage';
import { SettingsPage } from './SettingsPage';

/** Links are relative to the plugin's root route, `/admin/plugins/recommendations`. */
const PluginNav = () => {
  const { formatMessage } = useIntl();
  const permissions = usePluginPermissions();
  const links = [
    { to: '', label: 'nav.overview', visible: permissions.canRead },
    { to: 'editorial', label: 'nav.editorial', visible: permissions.canRead },
    { to: 'placements', label: 'nav.placements', visible: permissions.canRead },
    { to: 'adjust', label: 'nav.adjust', visible: permissions.canRead },
    { to: 'model', label: 'nav.model', visible: permissions.canRead },
    { to: 'performance', label: 'nav.performance', visible: permissions.canRead },
    { to: 'settings', label: 'nav.settings', visible: permissions.canChangeSettings },
  ];
  return (
    <SubNav.Main aria-label={formatMessage(pluginMessage('nav.title', 'Recommendations'))}>
      <SubNav.Header label={formatMessage(pluginMessage('nav.title', 'Recommendations'))} />
      <SubNav.Content>
        {links
          .filter((link) => link.visible)
          .map((link) => (
            <SubNav.Link
              key={link.to}
              to={link.to}
              end={link.to === ''}
              label={formatMessage(pluginMessage(link.label, link.label))}
            />
          ))}
      </SubNav.Content>
    </SubNav.Main>
  );
};

export const App = () => (
  <Layouts.Root sideNav={<PluginNav />}>
    <Routes>
      <Route index element={<OverviewPage />} />
      <Route path="editorial/*" element={<EditorialListsPage />} />
      <Route path="placements/*" element={<PlacementsPage />} />
      <Route path="adjust" element={<AdjustPage />} />
      <Route path="model" element={<ModelPage />} />
      <Route path="performance" element={<PerformancePage />} />
      <Route
        path="settings"
        element={
          <Page.Protect permissions={PERMISSIONS.settings}>
            <SettingsPage />
          </Page.Protect>
        }
      />
      <Route path="*" element={<Page.NoData />} />
    </Routes>
  </Layouts.Root>
);
