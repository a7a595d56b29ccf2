import type { Core } from '@strapi/strapi';

/**
 * Browsers may call the CMS from the storefront's origins only (`AISLE_STOREFRONT_ORIGINS`, comma-separated; by
 * default the demo store's on this machine). The demo store's browser pages call it through the store's own
 * `/cms` route, so they need none; a shop whose pages call the CMS directly lists its origins here.
 */
export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  const storePort = env('AISLE_STORE_PORT', '3000');
  const origins = env(
    'AISLE_STOREFRONT_ORIGINS',
    `http://localhost:${storePort},http://127.0.0.1:${storePort}`,
  )
    .split(',')
    .map((origin: string) => origin.trim())
    .filter((origin: string) => origin !== '');
  return [
    'strapi::logger',
    'strapi::errors',
    'strapi::security',
    { name: 'strapi::cors', config: { origin: origins } },
    'strapi::poweredBy',
    'strapi::query',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
