import type { Core } from '@strapi/strapi';

import { secret } from './secret';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: secret(env, 'ADMIN_JWT_SECRET', 'aisle-dev-admin-jwt-secret') },
  apiToken: { salt: secret(env, 'API_TOKEN_SALT', 'aisle-dev-api-token-salt') },
  transfer: { token: { salt: secret(env, 'TRANSFER_TOKEN_SALT', 'aisle-dev-transfer-token-salt') } },
  secrets: { encryptionKey: secret(env, 'ENCRYPTION_KEY', 'aisle-dev-encryption-key') },
  flags: { nps: false, promoteEE: false },
});
