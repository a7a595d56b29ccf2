import type { Core } from '@strapi/strapi';

import { secret } from './secret';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  recommendations: {
    enabled: true,
    resolve: '../../packages/strapi-plugin',
  },
  'users-permissions': {
    config: { jwtSecret: secret(env, 'JWT_SECRET') },
  },
});
