// `pnpm release:check`: packs each publishable package as npm would publish it, installs the tarballs in an
// empty project (from the local store: nothing is fetched that the workspace does not already have), and uses
// each one there as a user would: the engine trains and serves and its CLI answers, the React components
// render on the server, the Strapi plugin's server and admin entries load.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const PACKAGES = {
  '@aisle/engine': 'packages/engine',
  '@aisle/react': 'packages/react-components',
  '@aisle/strapi-plugin': 'packages/strapi-plugin',
};
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const work = mkdtempSync(join(tmpdir(), 'aisle-release-check-'));
try {
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const files = {};
  for (const [name, folder] of Object.entries(PACKAGES)) {
    const before = new Set(readdirSync(tarballs));
    run('pnpm', ['pack', '--pack-destination', tarballs], join(root, folder));
    const tarball = readdirSync(tarballs).find((file) => !before.has(file));
    if (!tarball) throw new Error(`release:check: pnpm pack made no tarball for ${name}`);
    files[name] = `file:${join(tarballs, tarball)}`;
    console.log(`packed ${name}: ${tarball}`);
  }
  const versionOf = (dependency) =>
    JSON.parse(
      run(
        'node',
        ['-p', `JSON.stringify(require('${dependency}/package.json').version)`],
        join(root, 'packages/react-components'),
      ),
    );
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'aisle-release-check',
      private: true,
      type: 'module',
      dependencies: { ...files, react: versionOf('react'), 'react-dom': versionOf('react-dom') },
    }),
  );
  // The plugin depends on the engine by version: the tarball stands in for the registry. Strapi itself is the
  // plugin's peer, provided by the shop's app: not installed here.
  writeFileSync(
    join(app, 'pnpm-workspace.yaml'),
    [
      'overrides:',
      `  '@aisle/engine': '${files['@aisle/engine']}'`,
      'autoInstallPeers: false',
      'strictPeerDependencies: false',
      '',
    ].join('\n'),
  );
  run('pnpm', ['install', '--prefer-offline', '--ignore-scripts'], app);
  writeFileSync(
    join(app, 'check.mjs'),
    `
import { createRequire } from 'node:module';
import { train, recommend, LIST_NAMES } from '@aisle/engine';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { RecommendationsProvider, BuyAgain } from '@aisle/react';
import { prefetchRecommendations } from '@aisle/react/server';

const model = train([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }], [
  { userId: 'u', productId: 'a', type: 'purchase', orderId: 'o1', timestamp: 1 },
  { userId: 'u', productId: 'b', type: 'purchase', orderId: 'o1', timestamp: 1 },
  { userId: 'v', productId: 'a', type: 'purchase', orderId: 'o2', timestamp: 2 },
  { userId: 'v', productId: 'b', type: 'purchase', orderId: 'o2', timestamp: 2 },
]);
const served = recommend(model, { list: 'frequently-bought-together', productId: 'a' });
if (served.items[0]?.id !== 'b') throw new Error('engine: frequently-bought-together of a is not b');
if (!LIST_NAMES.includes('buy-again')) throw new Error('engine: no buy-again list');
const html = renderToString(createElement(RecommendationsProvider, { baseUrl: '/' }, createElement(BuyAgain, { title: 'Buy it again' })));
if (!html.includes('aisle-root')) throw new Error('react: BuyAgain rendered no list');
if (typeof prefetchRecommendations !== 'function') throw new Error('react/server: no prefetchRecommendations');
const require = createRequire(import.meta.url);
const server = require('@aisle/strapi-plugin/strapi-server');
const plugin = server.default ?? server;
for (const part of ['bootstrap', 'destroy', 'routes', 'services', 'controllers', 'contentTypes']) {
  if (plugin[part] === undefined) throw new Error('strapi-plugin: the server entry has no ' + part);
}
console.log('engine, react and strapi-plugin work from their tarballs');
`,
  );
  process.stdout.write(run('node', ['check.mjs'], app));
  process.stdout.write(
    // The installed bin, as a user runs it: the package.json `bin` entry points at the bundled CLI.
    run(join(app, 'node_modules/.bin/aisle-engine'), ['--version'], app),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
