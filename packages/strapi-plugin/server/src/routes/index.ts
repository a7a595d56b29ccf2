import type { Core } from '@strapi/strapi';

import { ACTIONS } from '../utils/uids';
import { adminRoute } from './adminRoute';
import { storefrontRoute } from './storefrontRoute';
import { timeListRequest } from '../utils/timeListRequest';

/** The route, timed for the metrics. */
function timed(route: Core.RouteInput): Core.RouteInput {
  return { ...route, config: { ...route.config, middlewares: [timeListRequest] } } as Core.RouteInput;
}

const contentApi = {
  type: 'content-api' as const,
  routes: [
    timed(storefrontRoute('GET', '/lists/:list', 'storefront.lists')),
    timed(storefrontRoute('POST', '/query', 'storefront.query')),
    timed(storefrontRoute('GET', '/placements/:slot', 'storefront.placement')),
    storefrontRoute('GET', '/editorial/:slug', 'storefront.editorial'),
    storefrontRoute('POST', '/events', 'storefront.events'),
    // For load balancers and operators: no shopper data, so no authentication.
    { method: 'GET', path: '/health', handler: 'instance.health', config: { auth: false } },
    // Prometheus scrapes with an API token (Settings > API Tokens); the Public role is never granted it.
    { method: 'GET', path: '/metrics', handler: 'instance.metrics' },
  ],
};

const admin = {
  type: 'admin' as const,
  routes: [
    adminRoute('GET', '/settings', 'settings.get', ACTIONS.settings),
    adminRoute('PUT', '/settings', 'settings.update', ACTIONS.settings),
    adminRoute('GET', '/editorial-lists', 'editorial-lists.find', ACTIONS.read),
    adminRoute('GET', '/editorial-lists/:id', 'editorial-lists.findOne', ACTIONS.read),
    adminRoute('POST', '/editorial-lists', 'editorial-lists.create', ACTIONS.manageLists),
    adminRoute('PUT', '/editorial-lists/:id', 'editorial-lists.update', ACTIONS.manageLists),
    adminRoute('DELETE', '/editorial-lists/:id', 'editorial-lists.delete', ACTIONS.manageLists),
    adminRoute('GET', '/placements', 'placements.find', ACTIONS.read),
    adminRoute('POST', '/placements/preview', 'placements.preview', ACTIONS.read),
    adminRoute('GET', '/placements/:id', 'placements.findOne', ACTIONS.read),
    adminRoute('POST', '/placements', 'placements.create', ACTIONS.manageLists),
    adminRoute('PUT', '/placements/:id', 'placements.update', ACTIONS.manageLists),
    adminRoute('DELETE', '/placements/:id', 'placements.delete', ACTIONS.manageLists),
    adminRoute('GET', '/rule-sets', 'rule-sets.find', ACTIONS.read),
    adminRoute('GET', '/rule-sets/:id', 'rule-sets.findOne', ACTIONS.read),
    adminRoute('POST', '/rule-sets', 'rule-sets.create', ACTIONS.manageRules),
    adminRoute('PUT', '/rule-sets/:id', 'rule-sets.update', ACTIONS.manageRules),
    adminRoute('DELETE', '/rule-sets/:id', 'rule-sets.delete', ACTIONS.manageRules),
    adminRoute('GET', '/products', 'products.search', ACTIONS.read),
    adminRoute('GET', '/products/facets', 'products.facets', ACTIONS.read),
    adminRoute('GET', '/model', 'model.status', ACTIONS.read),
    adminRoute('POST', '/training', 'model.train', ACTIONS.train),
    adminRoute('POST', '/preview', 'preview.create', ACTIONS.read),
    adminRoute('GET', '/performance', 'performance.find', ACTIONS.read),
    adminRoute('GET', '/performance/daily', 'performance.daily', ACTIONS.read),
    adminRoute('GET', '/performance/placements', 'performance.placements', ACTIONS.read),
    adminRoute('GET', '/health', 'health.find', ACTIONS.read),
    adminRoute('GET', '/snapshots', 'snapshots.find', ACTIONS.read),
    adminRoute('GET', '/content-types', 'content-types.find', ACTIONS.settings),
    adminRoute('POST', '/settings/check', 'settings-check.create', ACTIONS.settings),
    adminRoute('DELETE', '/users/:userId/events', 'users.deleteEvents', ACTIONS.settings),
    adminRoute('POST', '/imports', 'imports.create', ACTIONS.settings),
    adminRoute('GET', '/imports', 'imports.find', ACTIONS.settings),
    adminRoute('GET', '/imports/:id', 'imports.findOne', ACTIONS.settings),
  ],
};

export const routes = { 'content-api': contentApi, admin };
