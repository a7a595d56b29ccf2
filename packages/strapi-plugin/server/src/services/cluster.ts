import type { Core } from '@strapi/strapi';

import type { Change, ChangeFeed, ChangeTopic } from '../cluster/createChangeFeed';
import { createChangeFeed } from '../cluster/createChangeFeed';
import type { ClusterState } from '../cluster/createClusterState';
import { createClusterState } from '../cluster/createClusterState';
import type { TrainingLock } from '../cluster/createTrainingLock';
import { createTrainingLock } from '../cluster/createTrainingLock';
import { ensureClusterTables } from '../cluster/clusterTables';

/** How often an instance checks the database for what notifications may have missed (AISLE_POLL_MS). */
const DEFAULT_POLL_MS = 5000;

/**
 * What the instances of one deployment share beyond their tables: the change feed (new models, events and
 * settings reach every instance), the training lock and the training queue's counters. Started in bootstrap,
 * once the database is open.
 */
export const createClusterService = ({ strapi }: { strapi: Core.Strapi }) => {
  let feed: ChangeFeed | null = null;
  let state: ClusterState | null = null;
  let lock: TrainingLock | null = null;
  const pending: ((change: Change) => void)[] = [];

  async function start(): Promise<void> {
    const knex = strapi.db.connection;
    await ensureClusterTables(knex);
    state = createClusterState(knex);
    lock = createTrainingLock(knex);
    const configured = Number(process.env.AISLE_POLL_MS);
    feed = createChangeFeed(knex, {
      pollMs: configured > 0 ? configured : DEFAULT_POLL_MS,
      onError: (message) => strapi.log.warn(`aisle: ${message}`),
    });
    for (const listener of pending.splice(0)) feed.subscribe(listener);
  }

  function started<T>(value: T | null): T {
    if (value === null) throw new Error('aisle: the cluster service is used before bootstrap started it');
    return value;
  }

  async function publish(topic: ChangeTopic, version?: number): Promise<void> {
    if (feed === null) return;
    try {
      await feed.publish({ topic, version });
    } catch (error) {
      // The other instances find the change at their next poll.
      strapi.log.warn(`aisle: could not notify the other instances: ${(error as Error).message}`);
    }
  }

  function subscribe(listener: (change: Change) => void): void {
    if (feed === null) pending.push(listener);
    else feed.subscribe(listener);
  }

  async function stop(): Promise<void> {
    await feed?.stop();
    feed = null;
  }

  return {
    start,
    stop,
    publish,
    subscribe,
    instanceId: () => feed?.instanceId ?? null,
    state: () => started(state),
    lock: () => started(lock),
  };
};

export type ClusterService = ReturnType<typeof createClusterService>;
