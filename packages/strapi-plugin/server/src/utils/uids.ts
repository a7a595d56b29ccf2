export const PLUGIN_ID = 'recommendations';

export const UID = {
  event: 'plugin::recommendations.event',
  modelSnapshot: 'plugin::recommendations.model-snapshot',
  editorialList: 'plugin::recommendations.editorial-list',
  ruleSet: 'plugin::recommendations.rule-set',
  importJob: 'plugin::recommendations.import-job',
  placement: 'plugin::recommendations.placement',
} as const;

/** Admin permission actions, registered in bootstrap. */
export const ACTIONS = {
  read: 'plugin::recommendations.read',
  manageLists: 'plugin::recommendations.lists.manage',
  manageRules: 'plugin::recommendations.rules.manage',
  train: 'plugin::recommendations.train',
  settings: 'plugin::recommendations.settings',
} as const;

/** The content API actions the Public role gets (each once): read lists and placements and send events, nothing else. */
export const PUBLIC_ACTIONS = [
  'plugin::recommendations.storefront.lists',
  'plugin::recommendations.storefront.query',
  'plugin::recommendations.storefront.editorial',
  'plugin::recommendations.storefront.events',
  // Later releases' actions go below: the first four are what a stored `true` stands for.
  'plugin::recommendations.storefront.placement',
] as const;
