import type { PluginSettings } from '../../../shared/contracts/settings';

/** Settings of a fresh install: they fit the demo CMS's product content type and train every hour. */
export const DEFAULT_SETTINGS: PluginSettings = {
  catalog: {
    contentType: 'api::product.product',
    fields: {
      id: 'slug',
      title: 'title',
      price: 'price',
      currency: 'currency',
      image: 'image',
      category: 'category',
      brand: 'brand',
      tags: 'tags',
      description: 'description',
      launchDate: 'launchDate',
      availability: 'stock',
    },
  },
  training: { schedule: '0 * * * *', memoryLimitMb: 2048, retrainAfterPurchasesSeconds: null },
  engine: {},
  events: { pseudonymizeUserIds: false, rateLimitPerMinute: 600 },
};
