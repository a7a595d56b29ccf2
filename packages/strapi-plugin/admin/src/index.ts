import type { StrapiApp } from '@strapi/strapi/admin';

import { PluginIcon } from './PluginIcon';
import { PLUGIN_ID } from './pluginId';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Recommendations' },
      Component: async () => {
        const { HomePage } = await import('./pages/HomePage');
        return { default: HomePage };
      },
      permissions: [{ action: 'plugin::recommendations.read', subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
};
