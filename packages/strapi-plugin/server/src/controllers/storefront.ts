import type { Core } from '@strapi/strapi';

import { editorialController } from './editorial';
import { eventsController } from './events';
import { createListRateCheck } from '../utils/createListRateCheck';
import { storefrontListsController } from './storefrontLists';
import { storefrontPlacementsController } from './storefrontPlacements';

/**
 * The content API storefronts call, one file per resource (lists and query, placements, editorial, events), under one
 * controller name: the Public role's permissions name its actions (`plugin::recommendations.storefront.lists`...),
 * so renaming it would take them from every shop that granted them.
 */
export const storefrontController = ({ strapi }: { strapi: Core.Strapi }) => {
  // Lists, batches and placements share one rate limit per client.
  const checkListRate = createListRateCheck(strapi);
  const { lists, query } = storefrontListsController({ strapi, checkListRate });
  const { find: placement } = storefrontPlacementsController({ strapi, checkListRate });
  const { find: editorial } = editorialController({ strapi });
  const { create: events } = eventsController({ strapi });
  return { lists, query, editorial, events, placement };
};
