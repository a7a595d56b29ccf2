export const PLUGIN_ID = 'recommendations';
