import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// @strapi/strapi/admin re-exports @strapi/admin's admin API and also loads every core admin plugin (content
// manager, upload, i18n...), which the plugin's pages do not use; tests take the admin API alone.
const strapiRequire = createRequire(createRequire(import.meta.url).resolve('@strapi/strapi/package.json'));
const strapiAdminDir = dirname(strapiRequire.resolve('@strapi/admin/package.json'));

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'server', include: ['server/src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: {
          // Strapi's design-system packages say "type": "module" but point `main` at CommonJS: take `module`.
          mainFields: ['module', 'main'],
          // Strapi's admin test providers import fixtures from a package it does not publish.
          alias: [
            { find: /^@strapi\/strapi\/admin$/, replacement: join(strapiAdminDir, 'dist/admin/index.mjs') },
            {
              find: /^@strapi\/strapi\/admin\/test$/,
              replacement: join(strapiAdminDir, 'dist/admin/test.mjs'),
            },
            { find: '@strapi/admin-test-utils', replacement: here('admin/tests/strapiAdminFixtures.ts') },
          ],
        },
        test: {
          name: 'admin',
          include: ['admin/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: [here('admin/tests/setup.ts')],
          // Transformed by Vite (not loaded by Node) so that the alias above reaches Strapi's test providers.
          server: { deps: { inline: [/@strapi\/(admin|strapi|design-system|icons|ui-primitives)/] } },
          testTimeout: 60_000,
        },
      },
    ],
  },
});
