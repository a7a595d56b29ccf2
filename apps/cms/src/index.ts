import type { Core } from '@strapi/strapi';

import { grantPublicCatalogRead } from './bootstrap/grantPublicCatalogRead';

export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicCatalogRead(strapi);
  },
};
