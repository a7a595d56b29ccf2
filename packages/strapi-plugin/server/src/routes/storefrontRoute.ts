import type { Core } from '@strapi/strapi';

import { storefrontAuth } from '../utils/storefrontAuth';

/**
 * A content API route of the storefront: anonymous requests the Public role may make are let in from a cache
 * (storefrontAuth); the others meet Strapi's own API token and users-permissions strategies, as any content API
 * route does. Each route gets its own config object, because Strapi writes the route's scope into it.
 */
export function storefrontRoute(method: Core.HTTPMethod, path: string, handler: string): Core.RouteInput {
  // Strapi's types name strategies by string only; its auth service also takes a strategy object.
  return {
    method,
    path,
    handler,
    config: { auth: { strategies: [storefrontAuth, 'content-api-token', 'users-permissions'] } },
  } as Core.RouteInput;
}
