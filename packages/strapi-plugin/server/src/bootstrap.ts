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
  await getService(strapi, 'events').prepareStorage();

  const cluster = getService(strapi, 'cluster');
  await cluster.start();
  const settings = getService(strapi, 'settings');
  const training = getService(strapi, 'training');
  const model = getService(strapi, 'model');
  const events = getService(strapi, 'events');
  await model.reloadForgotten();
  const loaded = await model.loadLatest();
  if (loaded.outcome !== 'loaded') {
    await events.startTailAtEnd();
  }
  await events.catchUp();
  if (loaded.outcome === 'unreadable') {
    // Snapshots of an older model format (after an upgrade) or broken ones: the storefront would have no lists
    // until the next scheduled training, so one starts now, in the background (run() logs a failure). The request
    // is named by the newest snapshot, so instances booting together train once.
    strapi.log.warn('aisle: no stored model can be read; training a new one now');
    training.start(loaded.newestTrainedAt + 1)?.catch(() => undefined);
  }
  training.schedule((await settings.get()).training.schedule);
  settings.onChange((next) => {
    training.schedule(next.training.schedule);
    // A new mapping changes every product the storefront sees.
    getService(strapi, 'catalog').invalidate();
  });
  followOtherInstances(strapi);
  scheduleWarmUp(strapi);
}

/** Settings and rule sets are read again at least this often, in case a notification was missed. */
const CONFIG_MAX_AGE_MS = 30_000;

/**
 * What other instances of the deployment change reaches this one: their events (applied to the serving model),
 * their trainings' models, their settings, rule sets and catalog edits; and a training request whose trainer died.
 */
function followOtherInstances(strapi: Core.Strapi): void {
  const log = (what: string) => (error: unknown) =>
    strapi.log.warn(`aisle: ${what} failed: ${(error as Error).message}`);
  let configReadAt = Date.now();
  const reloadConfig = async () => {
    configReadAt = Date.now();
    getService(strapi, 'rules').invalidate();
    await getService(strapi, 'settings').reload();
    await getService(strapi, 'model').reloadForgotten();
    getService(strapi, 'model').touch();
  };
  getService(strapi, 'cluster').subscribe((change) => {
    const poll = change.topic === 'poll';
    if (poll || change.topic === 'events')
      getService(strapi, 'events').catchUp().catch(log('reading new events'));
    if (poll || change.topic === 'model')
      getService(strapi, 'model').loadNewer().catch(log('loading a newer model'));
    if (change.topic === 'config' || (poll && Date.now() - configReadAt > CONFIG_MAX_AGE_MS)) {
      reloadConfig().catch(log('reading the settings again'));
    }
    if (change.topic === 'catalog') {
      getService(strapi, 'catalog').invalidate();
      getService(strapi, 'model').touch();
    }
    if (poll) getService(strapi, 'training').resumeQueue().catch(log('resuming a training'));
  });
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
 * The Public role may read lists and placements and send events: each of these actions is granted once, on the
 * first boot that knows it (so an upgrade grants a new storefront route too); later changes by an administrator
 * stand. The store remembers the actions granted (`true`: the four of the first releases).
 */
async function grantPublicActionsOnce(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'recommendations' });
  const granted = await store.get({ key: 'publicPermissionsGranted' });
  const done = new Set<string>(
    granted === true ? PUBLIC_ACTIONS.slice(0, 4) : Array.isArray(granted) ? (granted as string[]) : [],
  );
  const pending = PUBLIC_ACTIONS.filter((action) => !done.has(action));
  if (pending.length === 0) {
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
  for (const action of pending) {
    const existing = await strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action, role: role.id } });
    if (existing === null) {
      await strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action, role: role.id } });
    }
  }
  await store.set({ key: 'publicPermissionsGranted', value: [...done, ...pending] });
}
