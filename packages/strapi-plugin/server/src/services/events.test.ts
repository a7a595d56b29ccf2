import type { Interaction } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';

import type { StoredEventRow } from '../events/createEventsStore';
import type { EventRow } from '../training/rowToInteraction';
import type { ValidShopEvent } from '../validation/shopEventSchema';
import type { PluginParts } from './Collaborators';
import { createEventsService } from './events';
import type { ForgottenStore } from '../cluster/createForgottenStore';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 15, 10);

/** The deployment's shared state: one value per key, the first stored wins (as on the database). */
function sharedState() {
  const values = new Map<string, string>();
  return {
    valueOnce: async (key: string, candidate: string) => {
      if (!values.has(key)) values.set(key, candidate);
      return values.get(key)!;
    },
  };
}

/**
 * An instance's events service over in-memory collaborators: an events table with ids in insertion order (shared
 * when two instances are set up on one), the firsts of the day it has claimed, the forgotten table, the change
 * feed's publications and the settings' pseudonymization switch.
 */
function setUp({
  pseudonymize = false,
  table = { rows: [] as StoredEventRow[], claimed: new Set<string>(), nextId: 1 },
  state = sharedState(),
  earlierSecret = null as string | null,
  failInsert = false,
  forgotten = [] as { user_key: string; forgotten_at: number }[],
  pauses = {} as Pauses,
} = {}) {
  const published: string[] = [];
  const eventsStore = {
    insert: async (rows: readonly EventRow[]) => {
      if (failInsert) throw new Error('database is locked');
      await pauses.insert?.();
      const ids: number[] = [];
      for (const row of rows) {
        ids.push(table.nextId++);
        table.rows.push({ ...row, id: ids.at(-1)! });
      }
      return ids;
    },
    deleteOf: async (ids: readonly number[], keys: readonly string[]) => {
      const before = table.rows.length;
      table.rows = table.rows.filter((row) => !(ids.includes(row.id) && keys.includes(row.userId)));
      return before - table.rows.length;
    },
    readAfter: async (afterId: number, limit: number, upTo?: number) =>
      table.rows.filter((row) => row.id > afterId && (upTo === undefined || row.id <= upTo)).slice(0, limit),
    newestId: async () => table.rows.at(-1)?.id ?? 0,
    claimFirsts: async (keys: readonly { key: string; day: number }[]) => {
      await pauses.claim?.();
      const claimed = new Set<string>();
      for (const { key } of keys) {
        if (!table.claimed.has(key)) {
          table.claimed.add(key);
          claimed.add(key);
        }
      }
      return claimed;
    },
    releaseFirsts: async (keys: readonly string[]) => {
      for (const key of keys) table.claimed.delete(key);
    },
    deleteUsers: async (keys: readonly string[]) => {
      const before = table.rows.length;
      table.rows = table.rows.filter((row) => !keys.includes(row.userId));
      await pauses.afterDelete?.();
      return before - table.rows.length;
    },
    count: async () => table.rows.length,
  };
  // The rate limiter's store is made with the connection; no test here reaches the database through it.
  const connection = (tableName: string) => {
    throw new Error(`unexpected table ${tableName}`);
  };
  const forgottenStore: ForgottenStore = {
    add: async (keys, at) => void forgotten.push(...keys.map((key) => ({ user_key: key, forgotten_at: at }))),
    all: async () => new Map(forgotten.map((row) => [row.user_key, row.forgotten_at])),
    among: async (keys) =>
      new Map(
        forgotten.filter((row) => keys.includes(row.user_key)).map((row) => [row.user_key, row.forgotten_at]),
      ),
    removeBefore: async () => 0,
  };
  const strapi = {
    store: () => ({ get: async () => earlierSecret }),
    db: { connection },
    log: { debug: () => undefined },
  } as unknown as Core.Strapi;
  const deps = {
    cluster: { publish: async (topic: string) => void published.push(topic), state: () => state },
    eventsStore,
    forgotten: forgottenStore,
    settings: { get: async () => ({ events: { pseudonymizeUserIds: pseudonymize } }) },
  } as unknown as Pick<PluginParts, 'cluster' | 'eventsStore' | 'forgotten' | 'settings'>;
  const events = createEventsService({ strapi, deps });
  return { events, table, forgotten, published, state };
}

/** Where a test holds one instance's work while another acts: each resolves when the test lets it go on. */
interface Pauses {
  claim?: () => Promise<void>;
  insert?: () => Promise<void>;
  afterDelete?: () => Promise<void>;
}

/** A point where work waits: `reached` resolves once it waits there, `release` lets it go on (once). */
function pausePoint() {
  let arrive!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let used = false;
  return {
    reached,
    release,
    /** The hook: holds the first call only. */
    hold: async () => {
      if (used) return;
      used = true;
      arrive();
      await released;
    },
  };
}

/** What each kind of listener heard, in the order it heard it. */
function listen(events: ReturnType<typeof setUp>['events']) {
  const heard: string[] = [];
  const stored: EventRow[][] = [];
  const applied: Interaction[][] = [];
  events.on('stored', (rows) => {
    heard.push('stored');
    stored.push([...rows]);
  });
  events.on('applied', (interactions) => {
    heard.push('applied');
    applied.push([...interactions]);
  });
  events.on('purchasesStored', async () => void heard.push('purchasesStored'));
  events.on('forgotten', async () => void heard.push('forgotten'));
  return { heard, stored, applied };
}

const view = (userId: string, productId: string, timestamp = T0): ValidShopEvent => ({
  type: 'view',
  userId,
  productId,
  timestamp,
});

describe('the events service', () => {
  it('stores events in the order sent, in their stored form: sessions in a namespace of their own, the time received when none was sent', async () => {
    const { events, table } = setUp();
    const receivedAt = Date.now() - 500;
    await events.ingest(
      [
        {
          type: 'purchase',
          userId: 'u1',
          productId: 'p1',
          orderId: 'o1',
          quantity: 2,
          price: 5,
          timestamp: T0,
        },
        { type: 'click', sessionId: 's9', productId: 'p2', list: 'trending', placement: 'home:hero:a' },
      ],
      receivedAt,
    );
    expect(table.rows).toEqual([
      {
        id: 1,
        type: 'purchase',
        productId: 'p1',
        userId: 'u1',
        orderId: 'o1',
        quantity: 2,
        price: 5,
        list: null,
        placement: null,
        occurredAt: T0,
      },
      {
        id: 2,
        type: 'click',
        productId: 'p2',
        userId: 'session:s9',
        orderId: null,
        quantity: null,
        price: null,
        list: 'trending',
        placement: 'home:hero:a',
        occurredAt: receivedAt,
      },
    ]);
  });

  it('tells its listeners what was stored, then what the model learns, then that purchases came, and tells the other instances', async () => {
    const { events, published } = setUp();
    const { heard, stored, applied } = listen(events);
    await events.ingest([
      { type: 'impression', userId: 'u1', productId: 'p1', timestamp: T0 },
      {
        type: 'purchase',
        userId: 'u1',
        productId: 'p1',
        orderId: 'o1',
        price: 4,
        quantity: 3,
        timestamp: T0,
      },
    ]);
    expect(heard).toEqual(['stored', 'applied', 'purchasesStored']);
    expect(stored[0]!.map((row) => row.type)).toEqual(['impression', 'purchase']);
    // Impressions are stored for the performance figures but teach the engine nothing.
    expect(applied).toEqual([
      [
        {
          userId: 'u1',
          productId: 'p1',
          type: 'purchase',
          timestamp: T0,
          quantity: 3,
          value: 12,
          orderId: 'o1',
        },
      ],
    ]);
    expect(published).toEqual(['events']);
  });

  it('does not announce purchases when a batch holds none', async () => {
    const { events } = setUp();
    const { heard } = listen(events);
    await events.ingest([view('u1', 'p1')]);
    expect(heard).toEqual(['stored', 'applied']);
  });

  it('counts a browsing event once per shopper, product, type and day, and every purchase', async () => {
    const { events, table } = setUp();
    await events.ingest([view('u1', 'p1'), view('u1', 'p1', T0 + 1000), view('u2', 'p1'), view('u1', 'p2')]);
    await events.ingest([
      view('u1', 'p1', T0 + 2000),
      { type: 'click', userId: 'u1', productId: 'p1', timestamp: T0 },
      view('u1', 'p1', T0 + DAY),
      { type: 'purchase', userId: 'u1', productId: 'p1', orderId: 'o1', timestamp: T0 },
      { type: 'purchase', userId: 'u1', productId: 'p1', orderId: 'o1', timestamp: T0 },
    ]);
    expect(table.rows.map((row) => `${row.type} ${row.userId} ${row.productId} ${row.occurredAt}`)).toEqual([
      `view u1 p1 ${T0}`,
      `view u2 p1 ${T0}`,
      `view u1 p2 ${T0}`,
      `click u1 p1 ${T0}`,
      `view u1 p1 ${T0 + DAY}`,
      `purchase u1 p1 ${T0}`,
      `purchase u1 p1 ${T0}`,
    ]);
  });

  it('does not tell listeners of rows that could not be stored, and rejects the ingest', async () => {
    const { events } = setUp({ failInsert: true });
    const { heard } = listen(events);
    await expect(events.ingest([view('u1', 'p1')])).rejects.toThrow('database is locked');
    expect(heard).toEqual([]);
  });

  it('gives back the day of a browsing event whose write failed, so that the retry counts', async () => {
    const failing = setUp({ failInsert: true });
    await expect(failing.events.ingest([view('u1', 'p1')])).rejects.toThrow('database is locked');
    expect(failing.table.claimed.size).toBe(0);
    const recovered = setUp({ table: failing.table });
    await recovered.events.ingest([view('u1', 'p1')]);
    await recovered.events.flush();
    expect(recovered.table.rows.map((row) => [row.userId, row.productId])).toEqual([['u1', 'p1']]);
  });

  it('pseudonymizes shopper ids when set to, with one secret for every instance of the deployment', async () => {
    const state = sharedState();
    const a = setUp({ pseudonymize: true, state });
    const b = setUp({ pseudonymize: true, state, table: a.table });
    await a.events.ingest([view('u1', 'p1')]);
    await b.events.ingest([view('u1', 'p2'), view('u2', 'p2')]);
    const [first, second, other] = a.table.rows.map((row) => row.userId);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    expect(await setUp({ pseudonymize: false }).events.userKey('u1')).toBe('u1');
  });

  it('keeps the secret an earlier version stored in the plugin store', async () => {
    const earlier = setUp({ pseudonymize: true, earlierSecret: 'kept-secret' });
    const fresh = setUp({ pseudonymize: true });
    const again = setUp({ pseudonymize: true, earlierSecret: 'kept-secret' });
    expect(await earlier.events.userKey('u1')).toBe(await again.events.userKey('u1'));
    expect(await earlier.events.userKey('u1')).not.toBe(await fresh.events.userKey('u1'));
  });

  it('forgets a shopper under every form stored, rows waiting to be written included, and tells the model and the other instances', async () => {
    const { events, table, forgotten, published } = setUp({ pseudonymize: true });
    const { heard } = listen(events);
    await events.ingest([view('u1', 'p1'), view('u2', 'p1')]);
    const hashed = await events.userKey('u1');
    // Rows stored while pseudonymization was off, as a user and as a session.
    table.rows.push(
      { ...table.rows[0]!, id: 3, userId: 'u1' },
      { ...table.rows[0]!, id: 4, userId: 'session:u1' },
    );
    table.nextId = 5;
    const pending = events.ingest([view('u1', 'p9')]);
    // Once its row waits in the batch writer (not yet written: that happens 20 ms later at most).
    await new Promise((resolve) => setImmediate(resolve));
    heard.length = 0;
    published.length = 0;
    expect(await events.deleteUser('u1')).toBe(4);
    await pending;
    expect(table.rows.map((row) => row.productId)).toEqual(['p1']);
    expect(table.rows[0]!.userId).toBe(await events.userKey('u2'));
    const keys = forgotten.map((row) => row.user_key);
    expect(keys).toEqual(expect.arrayContaining(['u1', 'session:u1', hashed]));
    expect(keys).toHaveLength(4);
    expect(new Set(forgotten.map((row) => row.forgotten_at)).size).toBe(1);
    expect(heard.at(-1)).toBe('forgotten');
    expect(published.at(-1)).toBe('config');
  });

  it('never writes the events of a shopper forgotten while their ingest was still preparing them (the firsts of the day)', async () => {
    const claim = pausePoint();
    const { events, table, forgotten } = setUp({ pauses: { claim: claim.hold } });
    const { stored } = listen(events);
    const receivedAt = Date.now();
    const ingesting = events.ingest([view('u1', 'p1'), view('u2', 'p1')], receivedAt);
    await claim.reached;
    expect(await events.deleteUser('u1')).toBe(0);
    expect(forgotten.find((row) => row.user_key === 'u1')!.forgotten_at).toBeGreaterThanOrEqual(receivedAt);
    claim.release();
    await ingesting;
    expect(table.rows.map((row) => `${row.userId} ${row.productId}`)).toEqual(['u2 p1']);
    expect(stored.flat().map((row) => row.userId)).toEqual(['u2']);
    // The dropped view gave its day back: the shopper's view after the forgetting counts.
    const forgottenAt = forgotten.find((row) => row.user_key === 'u1')!.forgotten_at;
    await events.ingest([view('u1', 'p1')], forgottenAt + 1);
    expect(table.rows.map((row) => `${row.userId} ${row.productId}`)).toEqual(['u2 p1', 'u1 p1']);
  });

  it('deletes the rows another instance inserts just after its check, when the shopper was forgotten in between', async () => {
    const insert = pausePoint();
    const forgotten: { user_key: string; forgotten_at: number }[] = [];
    const a = setUp({ forgotten, pauses: { insert: insert.hold } });
    const b = setUp({ forgotten, table: a.table });
    const { stored, applied } = listen(a.events);
    const ingesting = a.events.ingest([view('u1', 'p1'), view('u2', 'p2')]);
    // A found no forgetting and is about to insert; B forgets u1 meanwhile (nothing of u1 stored yet).
    await insert.reached;
    expect(await b.events.deleteUser('u1')).toBe(0);
    insert.release();
    await ingesting;
    expect(a.table.rows.map((row) => `${row.userId} ${row.productId}`)).toEqual(['u2 p2']);
    expect(stored.flat().map((row) => row.userId)).toEqual(['u2']);
    expect(applied.flat().map((interaction) => interaction.userId)).toEqual(['u2']);
    expect(a.table.claimed.size).toBe(1);
  });

  it('records the forgetting before deleting, so that an ingest between the two on another instance sees it', async () => {
    const afterDelete = pausePoint();
    const forgotten: { user_key: string; forgotten_at: number }[] = [];
    const a = setUp({ forgotten });
    const b = setUp({ forgotten, table: a.table, pauses: { afterDelete: afterDelete.hold } });
    const receivedAt = Date.now();
    const forgetting = b.events.deleteUser('u1');
    // B's delete has run; A's whole ingest of a request received before the forgetting happens now.
    await afterDelete.reached;
    await a.events.ingest([view('u1', 'p1')], receivedAt);
    afterDelete.release();
    await forgetting;
    expect(a.table.rows).toEqual([]);
  });

  it('records a shopper who comes back after being forgotten from then on', async () => {
    const { events, table, forgotten } = setUp();
    await events.ingest([view('u1', 'p1')]);
    expect(await events.deleteUser('u1')).toBe(1);
    const forgottenAt = forgotten.find((row) => row.user_key === 'u1')!.forgotten_at;
    await events.ingest([view('u1', 'p2')], forgottenAt + 1);
    expect(table.rows.map((row) => `${row.userId} ${row.productId}`)).toEqual(['u1 p2']);
  });

  it('pages through the stored events for training in id order, after and up to the ids asked, leaving impressions out', async () => {
    const { events, table } = setUp();
    for (let id = 1; id <= 5003; id++) {
      table.rows.push({
        id,
        type: id % 2 === 0 ? 'impression' : 'view',
        productId: `p${id}`,
        userId: 'u1',
        orderId: null,
        quantity: null,
        price: null,
        list: null,
        occurredAt: T0 + id,
      });
    }
    const pages: { count: number; first?: string; lastId: number }[] = [];
    for await (const page of events.readInteractions()) {
      pages.push({
        count: page.interactions.length,
        first: page.interactions[0]?.productId,
        lastId: page.lastId,
      });
    }
    expect(pages).toEqual([
      { count: 2500, first: 'p1', lastId: 5000 },
      { count: 2, first: 'p5001', lastId: 5003 },
    ]);
    const window: string[] = [];
    for await (const page of events.readInteractions(10, 15)) {
      window.push(...page.interactions.map((interaction) => interaction.productId));
    }
    expect(window).toEqual(['p11', 'p13', 'p15']);
  });

  it('applies the events other instances stored once each, from where the tail started', async () => {
    const a = setUp();
    const b = setUp({ table: a.table });
    await a.events.ingest([view('u1', 'p1')]);
    await b.events.startTailAtEnd();
    const { applied } = listen(b.events);
    await a.events.ingest([view('u1', 'p2'), view('u2', 'p3')]);
    expect(await b.events.lag()).toBe(2);
    await b.events.catchUp();
    await b.events.catchUp();
    expect(applied.flat().map((interaction) => interaction.productId)).toEqual(['p2', 'p3']);
    expect(await b.events.lag()).toBe(0);
  });
});
