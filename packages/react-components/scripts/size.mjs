// Size budget: everything the package exports (both entries, as built in dist/), with SWR and its own
// dependencies bundled and React external, minified and gzipped. Fails above the budget.
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
  'everything (index + server)': await measure(
    "export * from './dist/index.js'; export { prefetchRecommendations } from './dist/server.js';",
  ),
  'client entry (@aisle/react)': await measure("export * from './dist/index.js';"),
  'server entry (@aisle/react/server)': await measure("export * from './dist/server.js';"),
  'swr alone (useSWR + SWRConfig)': await measure("export { default, SWRConfig } from 'swr';"),
};
for (const [name, { min, gzip }] of Object.entries(rows)) {
  console.log(
    `size: ${name.padEnd(36)} ${kb(min).padStart(9)} min ${kb(gzip).padStart(9)} min+gzip (${gzip} B)`,
  );
}
const total = rows['everything (index + server)'].gzip;
if (total > BUDGET) {
  console.error(`size: ${kb(total)} min+gzip is over the budget of ${kb(BUDGET)}`);
  process.exit(1);
}
console.log(`size: ${kb(total)} of ${kb(BUDGET)} budget`);
