import { PLUGIN_ID } from './pluginId';

/** A react-intl descriptor for one of the plugin's messages (translations/en.json, prefixed with the plugin id). */
export const pluginMessage = (id: string, defaultMessage: string) => ({
  id: `${PLUGIN_ID}.${id}`,
  defaultMessage,
});
