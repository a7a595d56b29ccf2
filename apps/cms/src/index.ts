import type { Core } from '@strapi/strapi';

import { grantPublicCatalogRead } from './bootstrap/grantPublicCatalogRead';
import { bodyParsedOnce } from './middlewares/bodyParsedOnce';
import { securityBuiltOnce } from './middlewares/securityBuiltOnce';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Strapi's security and body middlewares rebuild helmet and koa-body on every request: the same ones,
    // built once (config/middlewares.ts still names and configures them).
    strapi.get('middlewares').extend('strapi::security', () => securityBuiltOnce);
    strapi.get('middlewares').extend('strapi::body', () => bodyParsedOnce);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicCatalogRead(strapi);
  },
};
