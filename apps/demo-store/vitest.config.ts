import { defineConfig } from 'vitest/config';

// Browser tests against a real seeded CMS and `next start`, both started once by the global setup.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    pool: 'forks',
    fileParallelism: false,
    // The first run after a change of the CMS seed's inputs seeds it (minutes); later starts take seconds.
    hookTimeout: 600_000,
    testTimeout: 120_000,
    // What the page shows after a Server Action or a beacon: waited for, never timed.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
