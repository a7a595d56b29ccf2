import type { Core } from '@strapi/strapi';

import { editorialController } from './editorial';
import { eventsController } from './events';
import { storefrontListsController } from './storefrontLists';

/**
 * The content API storefronts call, one file per resource (lists and query, editorial, events), under one
 * controller name: the Public role's permissions name its actions (`plugin::recommendations.storefront.lists`...),
 * so renaming it would take them from every shop that granted them.
 */
export const storefrontController = ({ strapi }: { strapi: Core.Strapi }) => {
  const { lists, query } = storefrontListsController({ strapi });
  const { find: editorial } = editorialController({ strapi });
  const { create: events } = eventsController({ strapi });
  return { lists, query, editorial, events };
};
