import { ACTIONS } from '../utils/uids';
import { adminRoute } from './adminRoute';
import { storefrontRoute } from './storefrontRoute';

const contentApi = {
  type: 'content-api' as const,
  routes: [
    storefrontRoute('GET', '/lists/:list', 'storefront.lists'),
    storefrontRoute('POST', '/query', 'storefront.query'),
    storefrontRoute('GET', '/editorial/:slug', 'storefront.editorial'),
    storefrontRoute('POST', '/events', 'storefront.events'),
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
    adminRoute('GET', '/rule-sets', 'rule-sets.find', ACTIONS.read),
    adminRoute('GET', '/rule-sets/:id', 'rule-sets.findOne', ACTIONS.read),
    adminRoute('POST', '/rule-sets', 'rule-sets.create', ACTIONS.manageRules),
    adminRoute('PUT', '/rule-sets/:id', 'rule-sets.update', ACTIONS.manageRules),
    adminRoute('DELETE', '/rule-sets/:id', 'rule-sets.delete', ACTIONS.manageRules),
    adminRoute('GET', '/products', 'products.search', ACTIONS.read),
    adminRoute('GET', '/products/facets', 'products.facets', ACTIONS.read),
    adminRoute('GET', '/model', 'model.status', ACTIONS.read),
    adminRoute('POST', '/training', 'model.train', ACTIONS.train),
    adminRoute('POST', '/preview', 'model.preview', ACTIONS.read),
    adminRoute('GET', '/performance', 'model.performance', ACTIONS.read),
    adminRoute('GET', '/performance/daily', 'dashboard.dailyPerformance', ACTIONS.read),
    adminRoute('GET', '/health', 'dashboard.health', ACTIONS.read),
    adminRoute('GET', '/snapshots', 'dashboard.snapshots', ACTIONS.read),
    adminRoute('GET', '/content-types', 'dashboard.contentTypes', ACTIONS.settings),
    adminRoute('POST', '/settings/check', 'dashboard.checkSettings', ACTIONS.settings),
    adminRoute('DELETE', '/users/:userId/events', 'model.forgetUser', ACTIONS.settings),
    adminRoute('POST', '/imports', 'imports.create', ACTIONS.settings),
    adminRoute('GET', '/imports', 'imports.find', ACTIONS.settings),
    adminRoute('GET', '/imports/:id', 'imports.findOne', ACTIONS.settings),
  ],
};

export const routes = { 'content-api': contentApi, admin };
