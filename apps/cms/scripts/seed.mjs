// Seeds the demo CMS with the engine's synthetic store and trains the first model: `pnpm --filter @aisle/cms seed`
// (options: --size=small|medium|large, --seed=N, --no-images, --admin-email=E --admin-password=P for a Super Admin
// created unless that email exists, --skip-if-seeded to leave a database that has a trained model as it is,
// --retrain-after-purchases=SECONDS to set the plugin's quick retraining after orders when seeding,
// --server-token-file=PATH to keep the demo store's API token for sending orders in that env file).
// Safe to run again: nothing is added twice.
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
const known = new Set([
  'size',
  'seed',
  'no-images',
  'admin-email',
  'admin-password',
  'skip-if-seeded',
  'retrain-after-purchases',
  'server-token-file',
]);
const usage =
  '--size=small|medium|large, --seed=N, --no-images, --admin-email=E --admin-password=P, --skip-if-seeded, --retrain-after-purchases=SECONDS, --server-token-file=PATH';
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
  // The seed trains last, so a stored model means an earlier seed finished.
  const seeded =
    args['skip-if-seeded'] !== undefined &&
    (await strapi.db.query('plugin::recommendations.model-snapshot').count({ where: { status: 'ready' } })) >
      0;
  if (seeded) {
    console.log('aisle-cms seed: the store is seeded already (it has a trained model); nothing added');
  } else {
    const { seedDemoStore } = require('../dist/src/seed/seedDemoStore.js');
    const report = await seedDemoStore(strapi, {
      size: args.size ?? 'small',
      seed: args.seed === undefined ? 1 : Number(args.seed),
      images: args['no-images'] === undefined,
      log: (message) => console.log(`aisle-cms seed: ${message}`),
    });
    console.log('aisle-cms seed:', report);
    if (args['retrain-after-purchases'] !== undefined) {
      const seconds = Number(args['retrain-after-purchases']);
      await strapi
        .plugin('recommendations')
        .service('settings')
        .update({ training: { retrainAfterPurchasesSeconds: seconds } });
      console.log(`aisle-cms seed: the model retrains ${seconds} s after new orders`);
    }
  }
  if (args['admin-email'] !== undefined) {
    const { ensureAdminUser } = require('../dist/src/seed/ensureAdminUser.js');
    const created = await ensureAdminUser(strapi, {
      email: args['admin-email'],
      password: args['admin-password'],
    });
    console.log(`aisle-cms seed: admin ${args['admin-email']} ${created ? 'created' : 'exists already'}`);
  }
  if (args['server-token-file'] !== undefined) {
    const { ensureServerToken } = require('../dist/src/seed/ensureServerToken.js');
    const made = await ensureServerToken(strapi, args['server-token-file']);
    console.log(
      `aisle-cms seed: the store's server token ${made ? 'created' : 'kept'} (${args['server-token-file']})`,
    );
  }
  console.log(`aisle-cms seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await strapi.destroy();
}
