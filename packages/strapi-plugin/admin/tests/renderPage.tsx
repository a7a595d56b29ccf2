import { render, server } from '@strapi/strapi/admin/test';
import type { RequestHandler } from 'msw';
import type { ReactElement, ReactNode } from 'react';
import { IntlProvider } from 'react-intl';

import plugin from '../src/index';

/** The plugin's actions, named as in permissions.ts. */
export type PluginAction = 'read' | 'lists.manage' | 'rules.manage' | 'train' | 'settings';

export const ALL_ACTIONS: PluginAction[] = ['read', 'lists.manage', 'rules.manage', 'train', 'settings'];

/** The admin's permissions as Strapi's admin API answers them (`/admin/users/me/permissions`). */
export const toAdminPermissions = (actions: PluginAction[]) =>
  actions.map((action, index) => ({
    id: index + 1,
    action: `plugin::recommendations.${action}`,
    subject: null,
    properties: {},
    conditions: [],
    actionParameters: {},
  }));

export interface RenderPageOptions {
  /** What the signed-in admin may do (default: everything). */
  permissions?: PluginAction[];
  /** msw handlers answering the plugin's admin routes for this test, e.g. `http.get('/recommendations/model', ...)`. */
  handlers?: RequestHandler[];
  /** The router's location (default `/`). */
  route?: string;
}

// The messages as the admin loads them: through the plugin's own registerTrads.
const [english] = await plugin.registerTrads({ locales: ['en'] });
const messages = english?.data ?? {};

const WithPluginMessages = ({ children }: { children: ReactNode }) => (
  <IntlProvider locale="en" messages={messages} onError={reportMissingMessage}>
    {children}
  </IntlProvider>
);

/** A message used in code but missing from en.json fails the test rather than falling back quietly. */
function reportMissingMessage(error: Error & { code?: string }) {
  throw error;
}

/**
 * Renders a page of the plugin inside Strapi's own admin test providers (`@strapi/strapi/admin/test`: store,
 * auth and RBAC, notifications, theme and design system, router) with the plugin's English messages. Strapi's
 * fetch client is real; its requests are answered by msw: Strapi's handlers for the admin's own routes, and
 * `handlers` for the plugin's. Returns Testing Library's result plus a `user` (user-event).
 */
export function renderPage(ui: ReactElement, options: RenderPageOptions = {}): ReturnType<typeof render> {
  const { permissions = ALL_ACTIONS, handlers = [], route = '/' } = options;
  server.use(...handlers);
  return render(ui, {
    initialEntries: [route],
    renderOptions: { wrapper: WithPluginMessages },
    providerOptions: {
      permissions: () => toAdminPermissions(permissions),
    },
  });
}
