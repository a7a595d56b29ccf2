import type { StrapiApp } from '@strapi/strapi/admin';

import { PERMISSIONS } from './permissions';
import { PluginIcon } from './PluginIcon';
import { PLUGIN_ID } from './pluginId';
import english from './translations/en.json';

const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Recommendations' },
      Component: async () => {
        const { App } = await import('./pages/App');
        return { default: App };
      },
      permissions: PERMISSIONS.read,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  /** English only for now: other locales fall back to the English defaults of each message. */
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: locale === 'en' ? prefixed(english) : {} }));
  },
};
