import { defineConfig } from 'vitest/config';

// `pnpm measure`: page speed figures on the same stack as the browser tests (not part of `pnpm test`).
export default defineConfig({
  test: {
    include: ['bench/**/*.measure.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    pool: 'forks',
    hookTimeout: 600_000,
    testTimeout: 600_000,
  },
});
