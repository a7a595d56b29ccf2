/** The plugin's admin actions, as the server registers them (server/src/utils/uids.ts ACTIONS). */
export const PERMISSIONS = {
  read: [{ action: 'plugin::recommendations.read', subject: null }],
  manageLists: [{ action: 'plugin::recommendations.lists.manage', subject: null }],
  manageRules: [{ action: 'plugin::recommendations.rules.manage', subject: null }],
  train: [{ action: 'plugin::recommendations.train', subject: null }],
  settings: [{ action: 'plugin::recommendations.settings', subject: null }],
};
