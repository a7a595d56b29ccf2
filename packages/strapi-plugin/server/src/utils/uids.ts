export const PLUGIN_ID = 'recommendations';

export const UID = {
  event: 'plugin::recommendations.event',
  modelSnapshot: 'plugin::recommendations.model-snapshot',
  editorialList: 'plugin::recommendations.editorial-list',
  ruleSet: 'plugin::recommendations.rule-set',
  importJob: 'plugin::recommendations.import-job',
} as const;

/** Admin permission actions, registered in bootstrap. */
export const ACTIONS = {
  read: 'plugin::recommendations.read',
  manageLists: 'plugin::recommendations.lists.manage',
  manageRules: 'plugin::recommendations.rules.manage',
  train: 'plugin::recommendations.train',
  settings: 'plugin::recommendations.settings',
} as const;

/** The content API actions the Public role gets on first boot: read lists and send events, nothing else. */
export const PUBLIC_ACTIONS = [
  'plugin::recommendations.storefront.lists',
  'plugin::recommendations.storefront.query',
  'plugin::recommendations.storefront.editorial',
  'plugin::recommendations.storefront.events',
] as const;
