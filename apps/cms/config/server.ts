import type { Core } from '@strapi/strapi';

import { secret } from './secret';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  app: { keys: secret(env, 'APP_KEYS').split(',') },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  // Behind the store (or a load balancer), the client is the last address the proxy added to X-Forwarded-For:
  // rate limits then key on shoppers, not on the proxy. Off by default, as a client reaching the CMS directly
  // could otherwise name any address.
  proxy: {
    koa: env.bool('AISLE_BEHIND_PROXY', false),
    maxIpsCount: env.int('AISLE_PROXY_COUNT', 1),
  },
  // Uploaded media go to <public>/uploads; the tests point this at a temporary directory.
  dirs: { public: env('PUBLIC_DIR', './public') },
});
