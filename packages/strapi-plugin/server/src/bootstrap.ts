import type { Core } from '@strapi/strapi';

import { getService } from './utils/getService';
import { PUBLIC_ACTIONS } from './utils/uids';
import { warmUpStorefront } from './utils/warmUpStorefront';

/** Rounds of storefront requests after the server starts listening (AISLE_WARM_UP_ROUNDS; 0: none). */
const WARM_UP_ROUNDS = 100;

const ADMIN_ACTIONS = [
  { uid: 'read', displayName: 'Read lists, rules and the model status' },
  { uid: 'lists.manage', displayName: 'Manage editorial lists' },
  { uid: 'rules.manage', displayName: 'Manage rule sets' },
  { uid: 'train', displayName: 'Train the model' },
  { uid: 'settings', displayName: 'Change the settings and delete a user’s events' },
];

export async function bootstrap({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(
      ADMIN_ACTIONS.map((action) => ({ ...action, section: 'plugins', pluginName: 'recommendations' })),
    );
  await grantPublicActionsOnce(strapi);
  await createEventIndexes(strapi);

  const settings = getService(strapi, 'settings');
  const training = getService(strapi, 'training');
  if ((await getService(strapi, 'model').loadLatest()) === 'unreadable') {
    // Snapshots of an older model format (after an upgrade) or broken ones: the storefront would have no lists
    // until the next scheduled training, so one starts now, in the background (run() logs a failure).
    strapi.log.warn('aisle: no stored model can be read; training a new one now');
    training.start()?.catch(() => undefined);
  }
  training.schedule((await settings.get()).training.schedule);
  settings.onChange((next) => {
    training.schedule(next.training.schedule);
    // A new mapping changes every product the storefront sees.
    getService(strapi, 'catalog').invalidate();
  });
  scheduleWarmUp(strapi);
}

/** Once the server listens on a TCP port, its storefront routes are warmed up (see warmUpStorefront). */
function scheduleWarmUp(strapi: Core.Strapi): void {
  const configured = process.env.AISLE_WARM_UP_ROUNDS;
  const rounds =
    configured === undefined ? (process.env.NODE_ENV === 'test' ? 0 : WARM_UP_ROUNDS) : Number(configured);
  if (!(rounds > 0)) {
    return;
  }
  const httpServer = strapi.server.httpServer;
  httpServer.once('listening', () => {
    const address = httpServer.address();
    if (address === null || typeof address === 'string') {
      return;
    }
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const local = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : host;
    warmUpStorefront(strapi, `http://${local}:${address.port}`, Math.floor(rounds))
      .then(({ requests, failed, ms }) => {
        strapi.log.info(`aisle: storefront warmed up (${requests} requests, ${failed} failed, ${ms} ms)`);
      })
      .catch((error: unknown) => {
        strapi.log.warn(`aisle: storefront warm-up stopped: ${(error as Error).message}`);
      });
  });
}

/**
 * On the first boot the Public role may read lists and send events; later changes by an administrator stand
 * (a flag in the store remembers that this ran).
 */
async function grantPublicActionsOnce(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'recommendations' });
  if ((await store.get({ key: 'publicPermissionsGranted' })) === true) {
    return;
  }
  const findPublicRole = async () =>
    (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as {
      id: number;
    } | null;
  let role = await findPublicRole();
  const usersPermissions = strapi.plugin('users-permissions');
  if (role === null && usersPermissions !== undefined) {
    // On a fresh database this bootstrap can run before users-permissions' own, which creates the roles and
    // their default permissions only while no permission exists: let it do that first (it is idempotent).
    await usersPermissions.service('users-permissions').initialize();
    role = await findPublicRole();
  }
  if (role === null) {
    strapi.log.warn(
      'aisle: no Public role (is users-permissions installed?); storefront routes need a token',
    );
    return;
  }
  for (const action of PUBLIC_ACTIONS) {
    const existing = await strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action, role: role.id } });
    if (existing === null) {
      await strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action, role: role.id } });
    }
  }
  await store.set({ key: 'publicPermissionsGranted', value: true });
}

/** Indexes Strapi's schemas cannot declare: training reads events by id, imports look them up by import key. */
async function createEventIndexes(strapi: Core.Strapi): Promise<void> {
  for (const [name, column] of [
    ['aisle_events_import_key_idx', 'import_key'],
    ['aisle_events_user_id_idx', 'user_id'],
  ]) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON aisle_events (${column})`);
  }
}
