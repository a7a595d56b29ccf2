// The plugin's own tables. They stay out of the Content Manager: the plugin's admin API and pages edit them.
const hidden = {
  'content-manager': { visible: false },
  'content-type-builder': { visible: false },
};

const event = {
  schema: {
    kind: 'collectionType',
    collectionName: 'aisle_events',
    info: { singularName: 'event', pluralName: 'events', displayName: 'Recommendation event' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      type: { type: 'string', required: true },
      productId: { type: 'string', required: true },
      userId: { type: 'string', required: true },
      orderId: { type: 'string' },
      quantity: { type: 'integer' },
      price: { type: 'float' },
      list: { type: 'string' },
      /** `<slot>:<module>:<variant>` of the placement that showed the product (A/B figures). */
      placement: { type: 'string' },
      occurredAt: { type: 'biginteger', required: true },
      /** Set on imported events: a hash of the row, so that importing the same file twice stores it once. */
      importKey: { type: 'string' },
    },
  },
};

const modelSnapshot = {
  schema: {
    kind: 'collectionType',
    collectionName: 'aisle_model_snapshots',
    info: { singularName: 'model-snapshot', pluralName: 'model-snapshots', displayName: 'Model snapshot' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      version: { type: 'integer', required: true },
      status: { type: 'string', required: true },
      trainedAt: { type: 'datetime', required: true },
      durationMs: { type: 'integer' },
      stats: { type: 'json' },
      error: { type: 'text' },
      /** The serialized model, base64. */
      data: { type: 'text' },
    },
  },
};

const editorialList = {
  schema: {
    kind: 'collectionType',
    collectionName: 'aisle_editorial_lists',
    info: { singularName: 'editorial-list', pluralName: 'editorial-lists', displayName: 'Editorial list' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      slug: { type: 'string', required: true, unique: true },
      title: { type: 'string', required: true },
      description: { type: 'text' },
      productIds: { type: 'json', required: true },
      status: { type: 'string', required: true },
      startsAt: { type: 'datetime' },
      endsAt: { type: 'datetime' },
    },
  },
};

const ruleSet = {
  schema: {
    kind: 'collectionType',
    collectionName: 'aisle_rule_sets',
    info: { singularName: 'rule-set', pluralName: 'rule-sets', displayName: 'Rule set' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      name: { type: 'string' },
      list: { type: 'string', required: true },
      enabled: { type: 'boolean', required: true, default: true },
      definition: { type: 'json', required: true },
    },
  },
};

const placement = {
  schema: {
    kind: 'collectionType',
    collectionName: 'aisle_placements',
    info: { singularName: 'placement', pluralName: 'placements', displayName: 'Recommendation placement' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      slot: { type: 'string', required: true, unique: true },
      name: { type: 'string', required: true },
      page: { type: 'string', required: true },
      /** The ordered modules, each with its variants (see the placements contract). */
      modules: { type: 'json', required: true },
      status: { type: 'string', required: true },
    },
  },
};

const importJob = {
  schema: {
    kind: 'collectionType',
    collectionName: 'aisle_import_jobs',
    info: { singularName: 'import-job', pluralName: 'import-jobs', displayName: 'Import job' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      format: { type: 'string', required: true },
      status: { type: 'string', required: true },
      rows: { type: 'integer', required: true, default: 0 },
      imported: { type: 'integer', required: true, default: 0 },
      duplicates: { type: 'integer', required: true, default: 0 },
      failed: { type: 'integer', required: true, default: 0 },
      /** The first errors, each with its line number. */
      errors: { type: 'json' },
      finishedAt: { type: 'datetime' },
      /** When the process reading the file last reported progress: a running job silent for long has died. */
      heartbeatAt: { type: 'datetime' },
    },
  },
};

export default {
  'import-job': importJob,
  event,
  'model-snapshot': modelSnapshot,
  'editorial-list': editorialList,
  'rule-set': ruleSet,
  placement,
};
