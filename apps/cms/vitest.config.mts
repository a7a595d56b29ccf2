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
    },
  },
});
