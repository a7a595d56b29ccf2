import { defineConfig } from 'vitest/config';

// Several `strapi start` processes of this app on one throwaway PostgreSQL (tests-instances/): they need the
// compiled app (pnpm build) and start their own database, so they run apart from the one-process tests.
export default defineConfig({
  test: {
    include: ['tests-instances/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    hookTimeout: 300_000,
    testTimeout: 120_000,
  },
});
