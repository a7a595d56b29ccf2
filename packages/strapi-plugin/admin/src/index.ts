import type { StrapiApp } from '@strapi/strapi/admin';
import type { ComponentType } from 'react';

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
    // The slot of a placement, for the shop's own page content types (see the server's register).
    app.customFields.register({
      name: 'placement',
      pluginId: PLUGIN_ID,
      type: 'string',
      intlLabel: { id: `${PLUGIN_ID}.customField.label`, defaultMessage: 'Recommendations placement' },
      intlDescription: {
        id: `${PLUGIN_ID}.customField.description`,
        defaultMessage: 'Show the lists of a placement here (composed in Recommendations > Placements)',
      },
      icon: PluginIcon,
      components: {
        Input: async () => {
          const { PlacementSlotInput } = await import('./components/PlacementSlotInput');
          // Strapi types the input's props loosely; it passes name, label, hint, required and disabled.
          return { default: PlacementSlotInput as unknown as ComponentType };
        },
      },
    });
  },

  /** English only for now: other locales fall back to the English defaults of each message. */
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: locale === 'en' ? prefixed(english) : {} }));
  },
};
