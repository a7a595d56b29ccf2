import { defineConfig } from 'vitest/config';

// Each test file boots the real Strapi once; files run one after the other in forked processes because Strapi
// is a process-wide singleton (global.strapi) and its boot takes a few seconds.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    pool: 'forks',
    fileParallelism: false,
    hookTimeout: 120_000,
    testTimeout: 60_000,
    env: {
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'silent',
      CRON_ENABLED: 'false',
      NODE_ENV: 'test',
      // Values for throwaway test databases only: the app has no built-in secrets (config/secret.ts).
      APP_KEYS: 'aisle-test-key-1,aisle-test-key-2',
      ADMIN_JWT_SECRET: 'aisle-test-admin-jwt',
      API_TOKEN_SALT: 'aisle-test-api-token-salt',
      TRANSFER_TOKEN_SALT: 'aisle-test-transfer-salt',
      ENCRYPTION_KEY: 'aisle-test-encryption-key',
      JWT_SECRET: 'aisle-test-jwt',
      AISLE_SHOPPER_TOKEN_SECRET: 'aisle-test-shopper-token-secret',
    },
  },
});
