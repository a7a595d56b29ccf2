import type { Core } from '@strapi/strapi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Change, ChangeFeed } from '../cluster/createChangeFeed';
import { createClusterService } from './cluster';

// The feed, the tables and the lock speak SQL to the shared database; here they are replaced by an in-memory
// feed that delivers each change to its subscribers, as the real one does on a single instance.
const feeds = vi.hoisted(() => ({
  made: [] as { pollMs: number; feed: ChangeFeed & { stopped: boolean } }[],
  failPublish: false,
}));
vi.mock('../cluster/createChangeFeed', () => ({
  createChangeFeed: (_knex: unknown, { pollMs }: { pollMs: number }) => {
    const listeners: ((change: Change) => void)[] = [];
    const feed = {
      instanceId: `instance-${feeds.made.length + 1}`,
      stopped: false,
      publish: async (change: Change) => {
        if (feeds.failPublish) throw new Error('database gone');
        for (const listener of listeners) listener(change);
      },
      subscribe: (listener: (change: Change) => void) => void listeners.push(listener),
      stop: async () => void (feed.stopped = true),
    };
    feeds.made.push({ pollMs, feed });
    return feed;
  },
}));
vi.mock('../cluster/clusterTables', () => ({ ensureClusterTables: async () => undefined }));
vi.mock('../cluster/createClusterState', () => ({ createClusterState: () => ({ kind: 'state' }) }));
vi.mock('../cluster/createTrainingLock', () => ({ createTrainingLock: () => ({ kind: 'lock' }) }));

function service() {
  const warnings: string[] = [];
  const strapi = {
    db: { connection: {} },
    log: { warn: (message: string) => warnings.push(message) },
  } as unknown as Core.Strapi;
  return { cluster: createClusterService({ strapi }), warnings };
}

const savedPollMs = process.env.AISLE_POLL_MS;
beforeEach(() => {
  feeds.made.length = 0;
  feeds.failPublish = false;
  delete process.env.AISLE_POLL_MS;
});
afterEach(() => {
  if (savedPollMs === undefined) delete process.env.AISLE_POLL_MS;
  else process.env.AISLE_POLL_MS = savedPollMs;
});

describe('the cluster service (in-memory change feed)', () => {
  it('delivers changes to listeners subscribed before and after it started, with their version', async () => {
    const { cluster } = service();
    const early: Change[] = [];
    const late: Change[] = [];
    // Services subscribe when they are made, before bootstrap opens the database and starts the cluster.
    cluster.subscribe((change) => early.push(change));
    await cluster.start();
    cluster.subscribe((change) => late.push(change));

    await cluster.publish('model', 7);
    await cluster.publish('config');

    const expected = [
      { topic: 'model', version: 7 },
      { topic: 'config', version: undefined },
    ];
    expect(early).toEqual(expected);
    expect(late).toEqual(expected);
  });

  it('publishes nothing before it started, and does not fail for it', async () => {
    const { cluster } = service();
    const heard: Change[] = [];
    cluster.subscribe((change) => heard.push(change));

    await cluster.publish('catalog');
    await cluster.start();

    expect(heard).toEqual([]);
    expect(cluster.instanceId()).toBe('instance-1');
  });

  it('warns rather than fails when the other instances cannot be told', async () => {
    const { cluster, warnings } = service();
    await cluster.start();
    feeds.failPublish = true;

    await expect(cluster.publish('events')).resolves.toBeUndefined();
    expect(warnings).toEqual(['aisle: could not notify the other instances: database gone']);
  });

  it('hands out the shared state and the training lock only once started', async () => {
    const { cluster } = service();
    expect(() => cluster.state()).toThrow('before bootstrap started it');
    expect(() => cluster.lock()).toThrow('before bootstrap started it');

    await cluster.start();

    expect(cluster.state()).toEqual({ kind: 'state' });
    expect(cluster.lock()).toEqual({ kind: 'lock' });
  });

  it('polls as often as AISLE_POLL_MS says, every five seconds when it says nothing usable (none, negative)', async () => {
    process.env.AISLE_POLL_MS = '250';
    await service().cluster.start();
    process.env.AISLE_POLL_MS = '-5';
    await service().cluster.start();
    delete process.env.AISLE_POLL_MS;
    await service().cluster.start();

    expect(feeds.made.map((made) => made.pollMs)).toEqual([250, 5000, 5000]);
  });

  it('stops its feed, and publishes nothing afterwards', async () => {
    const { cluster } = service();
    const heard: Change[] = [];
    await cluster.start();
    cluster.subscribe((change) => heard.push(change));

    await cluster.stop();
    await cluster.publish('config');

    expect(feeds.made[0]!.feed.stopped).toBe(true);
    expect(cluster.instanceId()).toBeNull();
    expect(heard).toEqual([]);
  });
});
