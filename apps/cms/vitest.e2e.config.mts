import { defineConfig } from 'vitest/config';

// The admin browser test: Debian's Chromium (playwright-core) against a seeded `strapi start` of this app, which
// needs the admin panel built (`pnpm build`). The first run after a change of the seed's inputs seeds (minutes).
export default defineConfig({
  test: {
    include: ['e2e/**/*.browser.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    hookTimeout: 600_000,
    testTimeout: 180_000,
  },
});
