import type { Core } from '@strapi/strapi';

import { getService } from './getService';

interface AuthContext {
  request: { header: { authorization?: string } };
  state: { route?: { config?: { auth?: false | { scope?: string[] } } } };
}

/**
 * The first content API auth strategy of the storefront routes: an anonymous request is let in when the Public
 * role holds the route's action, from the publicAccess cache. Requests with a token, and anonymous ones the
 * Public role may not make, go on to Strapi's own strategies (API token, users-permissions), which answer them as
 * they would without this one (401, 403, or through the token's own permissions).
 */
export const storefrontAuth = {
  name: 'aisle-storefront-public',
  async authenticate(ctx: AuthContext) {
    const strapi = (globalThis as { strapi?: Core.Strapi }).strapi;
    const auth = ctx.state.route?.config?.auth;
    const scope = auth === undefined || auth === false ? [] : (auth.scope ?? []);
    if (strapi === undefined || ctx.request.header.authorization !== undefined || scope.length === 0) {
      return { authenticated: false };
    }
    const allowed = await getService(strapi, 'publicAccess').allows(scope);
    return allowed ? { authenticated: true, credentials: null, ability: null } : { authenticated: false };
  },
  // authenticate() lets a request in only for the route's own scope: nothing is left to verify.
  verify() {},
};
