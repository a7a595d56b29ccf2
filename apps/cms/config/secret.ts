import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

/**
 * A secret from the environment, in every environment: the repository holds none, so a known value can never
 * sign an admin token. `npm start` writes generated ones to apps/cms/.env on its first run; a deployment gives
 * every instance the same values (nothing secret is generated per process, or instances would disagree).
 */
export function secret(env: Core.Config.Shared.ConfigParams['env'], name: string): string {
  const value = env(name, '');
  if (value === '' && env('AISLE_CONFIG_FOR_BUILD', '') === '1') {
    // `strapi build` loads the configuration but signs nothing: a random value that dies with the process.
    return name === 'APP_KEYS'
      ? `${randomBytes(24).toString('hex')},${randomBytes(24).toString('hex')}`
      : randomBytes(24).toString('hex');
  }
  if (value === '') {
    throw new Error(
      `aisle-cms: ${name} is not set. \`npm start\` writes generated secrets to apps/cms/.env on its first run; ` +
        'elsewhere set APP_KEYS, ADMIN_JWT_SECRET, API_TOKEN_SALT, TRANSFER_TOKEN_SALT, ENCRYPTION_KEY and JWT_SECRET, ' +
        'the same on every instance',
    );
  }
  return value;
}
