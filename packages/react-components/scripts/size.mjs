// Size budget: what a page loads of the package, as built in dist/, with SWR and its own dependencies bundled and
// React external, minified and gzipped: a page with any of the list components (the main entry, all of it), and a
// page built from placements (the provider and `@aisle/react/placement`). Fails when either is over the budget.
// A page using both entries is reported too; the server entry (prefetchRecommendations) runs in Server
// Components and route handlers, not in the browser: reported, not counted.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 10 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// esbuild is tsup's own bundler: use that copy rather than pinning a second one.
const { build } = createRequire(createRequire(join(root, 'package.json')).resolve('tsup'))('esbuild');

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error(
    'size: dist/index.js is missing: run `pnpm build` first (the budget is checked on what is published)',
  );
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = {
  'every client entry (index + placement)': await measure(
    "export * from './dist/index.js'; export * from './dist/placement.js';",
  ),
  'client entry, every list (@aisle/react)': await measure("export * from './dist/index.js';"),
  'a placement page (provider + Placement)': await measure(
    "export { RecommendationsProvider } from './dist/index.js'; export { Placement } from './dist/placement.js';",
  ),
  'server entry (@aisle/react/server)': await measure("export * from './dist/server.js';"),
  'swr alone (useSWR + SWRConfig)': await measure("export { default, SWRConfig } from 'swr';"),
};
for (const [name, { min, gzip }] of Object.entries(rows)) {
  console.log(
    `size: ${name.padEnd(36)} ${kb(min).padStart(9)} min ${kb(gzip).padStart(9)} min+gzip (${gzip} B)`,
  );
}
const pages = ['client entry, every list (@aisle/react)', 'a placement page (provider + Placement)'];
for (const page of pages) {
  const { gzip } = rows[page];
  if (gzip > BUDGET) {
    console.error(`size: ${page}: ${kb(gzip)} min+gzip is over the budget of ${kb(BUDGET)}`);
    process.exit(1);
  }
  console.log(`size: ${page}: ${kb(gzip)} of ${kb(BUDGET)} budget`);
}
