import type { Core } from '@strapi/strapi';

import { secret } from './secret';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  app: { keys: secret(env, 'APP_KEYS').split(',') },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  // Uploaded media go to <public>/uploads; the tests point this at a temporary directory.
  dirs: { public: env('PUBLIC_DIR', './public') },
});
