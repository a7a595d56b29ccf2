import { readFile, writeFile } from 'node:fs/promises';

import type { Options } from 'tsup';
import { defineConfig } from 'tsup';

const shared: Options = {
  format: ['esm'],
  target: 'es2022',
  dts: { resolve: [/^@aisle\//] },
  sourcemap: true,
  splitting: false,
  treeshake: true,
  external: ['react', 'react-dom', 'swr'],
};

// The client entry imports the API client from the server entry instead of carrying a second copy of it.
const serverModules: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'aisle-server-modules',
  setup(build) {
    build.onResolve({ filter: /\/client\/\w+$/ }, () => ({ path: './server.js', external: true }));
  },
};

// The placement entry uses the main entry's list view and provider (a page loads them once).
const mainModules: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'aisle-main-modules',
  setup(build) {
    build.onResolve({ filter: /(^|\/)(ListView|useRecommendationsContext)$/ }, () => ({
      path: './index.js',
      external: true,
    }));
  },
};

// tsup's tree-shaking pass drops module directives, banner included: put 'use client' back on the client entry
// (Next.js refuses hooks in a module without it) and shift the source map by the added line.
async function useClient(file: string) {
  const code = await readFile(file, 'utf8');
  if (code.startsWith("'use client'")) return;
  await writeFile(file, "'use client';\n" + code);
  const map = JSON.parse(await readFile(file + '.map', 'utf8'));
  map.mappings = ';' + map.mappings;
  await writeFile(file + '.map', JSON.stringify(map));
}

// Two builds, so that the server entry (createClient, prefetchRecommendations) carries no 'use client' and
// Server Components can call it.
export default defineConfig([
  { ...shared, entry: { server: 'src/server.ts' } },
  { ...shared, entry: { 'shopper-token': 'src/shopperToken.ts' } },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    esbuildPlugins: [serverModules],
    onSuccess: () => useClient('dist/index.js'),
  },
  {
    ...shared,
    entry: { placement: 'src/placement.ts' },
    esbuildPlugins: [mainModules, serverModules],
    onSuccess: () => useClient('dist/placement.js'),
  },
]);
