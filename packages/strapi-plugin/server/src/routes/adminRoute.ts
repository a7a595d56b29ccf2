import type { Core } from '@strapi/strapi';

/** An admin route that needs an authenticated admin holding `action` (one of ACTIONS). */
export function adminRoute(
  method: Core.HTTPMethod,
  path: string,
  handler: string,
  action: string,
): Core.RouteInput {
  return {
    method,
    path,
    handler,
    config: {
      policies: [
        'admin::isAuthenticatedAdmin',
        { name: 'admin::hasPermissions', config: { actions: [action] } },
      ],
    },
  };
}
