// Seeds the demo CMS with the engine's synthetic store and trains the first model: `pnpm --filter @aisle/cms seed`
// (options: --size=small|medium|large, --seed=N, --no-images, --admin-email=E --admin-password=P for a Super Admin
// created unless that email exists). Safe to run again: nothing is added twice.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const known = new Set(['size', 'seed', 'no-images', 'admin-email', 'admin-password']);
const usage = '--size=small|medium|large, --seed=N, --no-images, --admin-email=E --admin-password=P';
for (const key of Object.keys(args)) {
  if (!known.has(key)) {
    console.error(`aisle-cms seed: unknown option --${key} (known: ${usage})`);
    process.exit(2);
  }
}
if ((args['admin-email'] === undefined) !== (args['admin-password'] === undefined)) {
  console.error('aisle-cms seed: --admin-email and --admin-password go together');
  process.exit(2);
}

const appDir = fileURLToPath(new URL('..', import.meta.url));
const context = await compileStrapi({ appDir });
const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
const started = Date.now();
try {
  const { seedDemoStore } = require('../dist/src/seed/seedDemoStore.js');
  const report = await seedDemoStore(strapi, {
    size: args.size ?? 'small',
    seed: args.seed === undefined ? 1 : Number(args.seed),
    images: args['no-images'] === undefined,
    log: (message) => console.log(`aisle-cms seed: ${message}`),
  });
  if (args['admin-email'] !== undefined) {
    const { ensureAdminUser } = require('../dist/src/seed/ensureAdminUser.js');
    const created = await ensureAdminUser(strapi, {
      email: args['admin-email'],
      password: args['admin-password'],
    });
    console.log(`aisle-cms seed: admin ${args['admin-email']} ${created ? 'created' : 'exists already'}`);
  }
  console.log(`aisle-cms seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`, report);
} finally {
  await strapi.destroy();
}
