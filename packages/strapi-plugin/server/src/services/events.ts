import { createHash, createHmac, randomBytes } from 'node:crypto';

import type { Interaction } from '@aisle/engine';
import type { Core } from '@strapi/strapi';

import type { StoredEventRow } from '../events/createEventsStore';
import type { EventRow } from '../training/rowToInteraction';
import { sessionKey } from '../identity/sessionKey';
import { createEventTail } from '../cluster/createEventTail';
import { FORGOTTEN_KEPT_MS } from '../cluster/createForgottenStore';
import { rowToInteraction } from '../training/rowToInteraction';
import { createBatchWriter } from '../utils/createBatchWriter';
import { createRateWindowStore } from '../cluster/createRateWindowStore';
import { createRateLimiter } from '../utils/createRateLimiter';
import type { ValidShopEvent } from '../validation/shopEventSchema';
import type { Collaborators } from './Collaborators';

const READ_PAGE = 5000;
const DAY_MS = 86_400_000;

/** A row waiting to be written, with when its request came. */
interface ReceivedRow {
  row: EventRow;
  receivedAt: number;
}

/** Who hears about events: each kind of listener, with what it is given. */
export interface EventsListeners {
  /** Rows just written by this instance. */
  stored: (rows: readonly EventRow[]) => void;
  /** After rows holding a purchase were written and announced. */
  purchasesStored: () => Promise<void>;
  /** Events any instance stored, in id order, once each, as the tail reaches them. */
  applied: (interactions: readonly Interaction[]) => void;
  /** After a shopper's events were deleted and the shopper recorded as forgotten. */
  forgotten: () => Promise<void>;
}

/** Storage of shop events: batched writes, pseudonymized ids, paged reads for training. */
// eslint-disable-next-line max-lines-per-function -- a factory counts by the functions it returns
export const createEventsService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<'cluster' | 'eventsStore' | 'forgotten' | 'settings'>;
}) => {
  const store = strapi.store({ type: 'plugin', name: 'recommendations' });
  const table = deps.eventsStore;
  // Counted over every instance (the database), so that several instances do not multiply the limit.
  const rateLimiter = createRateLimiter(60_000, {
    store: createRateWindowStore(strapi.db.connection, 'events'),
    onSyncError: (error) =>
      strapi.log.debug(`[recommendations] event rate limit not shared: ${String(error)}`),
  });
  let secret: string | null = null;
  // What others do when events are stored, applied or forgotten: the services that react to events (metrics,
  // the serving model, retraining) subscribe with `on`, so that events depend on none of them.
  const listeners: { [K in keyof EventsListeners]: EventsListeners[K][] } = {
    stored: [],
    purchasesStored: [],
    applied: [],
    forgotten: [],
  };
  function on<K extends keyof EventsListeners>(event: K, listener: EventsListeners[K]): void {
    (listeners[event] as EventsListeners[K][]).push(listener);
  }

  const writer = createBatchWriter<ReceivedRow>(
    async (items) => {
      const rows = await writeUnlessForgotten(items);
      if (rows.length === 0) return;
      for (const listener of listeners.stored) listener(rows);
      // The serving model learns these rows through the tail, like the rows other instances store.
      await tail.catchUp();
      await deps.cluster.publish('events');
      if (rows.some((row) => row.type === 'purchase')) {
        for (const listener of listeners.purchasesStored) await listener();
      }
    },
    { maxDelayMs: 20, maxBatch: 2000 },
  );

  /** Indexes of the items whose shopper was recorded forgotten at or after the item was received. */
  async function forgottenSinceReceived(items: readonly ReceivedRow[]): Promise<Set<number>> {
    const forgottenAt = await deps.forgotten.among([...new Set(items.map((item) => item.row.userId))]);
    const late = new Set<number>();
    items.forEach((item, index) => {
      const at = forgottenAt.get(item.row.userId);
      if (at !== undefined && at >= item.receivedAt) late.add(index);
    });
    return late;
  }

  /** Rows not stored give back their day (as a failed write does): the shopper's next visit counts. */
  async function releaseFirstsOf(items: readonly ReceivedRow[]): Promise<void> {
    const browsing = items.filter((item) => item.row.type !== 'purchase');
    if (browsing.length > 0) await table.releaseFirsts(browsing.map((item) => firstKeyOf(item.row).key));
  }

  /**
   * Writes the rows, but none of a shopper forgotten since they were received: an ingest that was still preparing
   * them (validation, the firsts of the day) when the shopper was forgotten, on this instance or another, writes
   * after `deleteUser` deleted. `deleteUser` cannot wait for another instance's ingests, so the writer checks:
   * before writing (which drops nearly all), and again after, because a forgetting recorded between that check and
   * the insert would miss the rows. `deleteUser` records the forgetting before it deletes, and this checks only once
   * its rows are committed, so one of the two sees the other: either the delete finds the rows, or this check finds
   * the record (kept long enough for it, `FORGOTTEN_KEPT_MS`) and deletes them. Rows received after the forgetting
   * are the shopper's new visit and are written. The times compared come from the instances' clocks, which are
   * assumed in step (as the serving model's check of forgotten shoppers against its training's start does).
   */
  async function writeUnlessForgotten(items: readonly ReceivedRow[]): Promise<EventRow[]> {
    const before = await forgottenSinceReceived(items);
    const writing = items.filter((_, index) => !before.has(index));
    await releaseFirstsOf(items.filter((_, index) => before.has(index)));
    if (writing.length === 0) return [];
    const ids = await table.insert(writing.map((item) => item.row));
    const after = await forgottenSinceReceived(writing);
    if (after.size === 0) return writing.map((item) => item.row);
    const late = writing.filter((_, index) => after.has(index));
    await table.deleteOf(
      ids,
      late.map((item) => item.row.userId),
    );
    await releaseFirstsOf(late);
    // Gone before this instance's tail reads them, so no listener here hears of them (another instance's tail may
    // have read them in between: its live counts hold them until the next training, as for any forgotten shopper).
    return writing.filter((_, index) => !after.has(index)).map((item) => item.row);
  }

  const readRows = table.readAfter;

  // Every event stored by any instance reaches this instance's serving model once (best-selling, trending,
  // recently viewed, live picks), whichever instance answers.
  const tail = createEventTail<StoredEventRow>({
    readAfter: readRows,
    apply: (rows) => {
      const interactions = rows.map(rowToInteraction).filter((item): item is Interaction => item !== null);
      for (const listener of listeners.applied) listener(interactions);
    },
  });

  const newestId = table.newestId;

  /** Starts the tail at the newest stored event (nothing before it is applied: no model holds it yet). */
  async function startTailAtEnd(): Promise<void> {
    const newest = await newestId();
    await tail.exclusive(async (position) => {
      if (newest > position) tail.resetTo(newest);
    });
  }

  async function pseudonymizationSecret(): Promise<string> {
    if (secret === null) {
      // One secret for the deployment: instances that start together agree on the first one stored. A secret
      // kept in the plugin's store by an earlier version stays the deployment's.
      const earlier = (await store.get({ key: 'secret' })) as string | null;
      secret = await deps.cluster
        .state()
        .valueOnce('pseudonymization-secret', earlier ?? randomBytes(32).toString('hex'));
    }
    return secret;
  }

  async function userKey(id: string): Promise<string> {
    const settings = await deps.settings.get();
    if (!settings.events.pseudonymizeUserIds) {
      return id;
    }
    return createHmac('sha256', await pseudonymizationSecret())
      .update(id)
      .digest('hex')
      .slice(0, 32);
  }

  /** The stored form of a valid event: the shopper's id (pseudonymized when set to) and the time in ms. */
  async function toRow(event: ValidShopEvent, receivedAt: number): Promise<EventRow> {
    return {
      type: event.type,
      productId: event.productId,
      userId: await userKey(event.userId ?? sessionKey(event.sessionId!)),
      orderId: event.orderId ?? null,
      quantity: event.quantity ?? null,
      price: event.price ?? null,
      list: event.list ?? null,
      placement: event.placement ?? null,
      occurredAt: event.timestamp ?? receivedAt,
    };
  }

  /**
   * Stores valid events; resolves once they are in the database. `receivedAt`: when the request came (the events
   * of a shopper forgotten since are not stored).
   */
  async function ingest(events: readonly ValidShopEvent[], receivedAt = Date.now()): Promise<void> {
    const rows: EventRow[] = [];
    for (const event of events) {
      rows.push(await toRow(event, receivedAt));
    }
    const { kept, claimed } = await firstOfTheDay(rows);
    try {
      if (Date.now() - receivedAt > FORGOTTEN_KEPT_MS / 2) {
        // The records of shoppers forgotten meanwhile may be gone (see `writeUnlessForgotten`): the sender retries.
        throw new Error('events received too long ago to be written');
      }
      await writer.write(kept.map((row) => ({ row, receivedAt })));
    } catch (error) {
      await table.releaseFirsts(claimed).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Browsing events (views, clicks, adds to cart, impressions) count once per shopper, product, type and day,
   * whichever instance stored the first: repeating them cannot make a product trend or move the performance
   * figures. Purchases are orders from the shop's server: each counts.
   */
  async function firstOfTheDay(rows: EventRow[]): Promise<{ kept: EventRow[]; claimed: string[] }> {
    const keys = rows.map((row) => (row.type === 'purchase' ? undefined : firstKeyOf(row)));
    const browsing = keys.filter((key): key is FirstKey => key !== undefined);
    if (browsing.length === 0) return { kept: rows, claimed: [] };
    const claimed = await table.claimFirsts(browsing);
    const claimedKeys = [...claimed];
    // A key repeated within the batch: the first row takes it.
    const kept = rows.filter((_, index) => keys[index] === undefined || claimed.delete(keys[index].key));
    return { kept, claimed: claimedKeys };
  }

  /** Pages through the stored events after `afterId` (up to `upTo` when given), in id order, as engine interactions. */
  async function* readInteractions(
    afterId = 0,
    upTo?: number,
  ): AsyncGenerator<{ interactions: Interaction[]; lastId: number }> {
    let lastId = afterId;
    for (;;) {
      const rows = await readRows(lastId, READ_PAGE, upTo);
      if (rows.length === 0) {
        return;
      }
      lastId = rows[rows.length - 1]!.id;
      const interactions = rows.map(rowToInteraction).filter((item): item is Interaction => item !== null);
      yield { interactions, lastId };
      if (rows.length < READ_PAGE) {
        return;
      }
    }
  }

  /**
   * The forms a shopper's id is stored under: as a user and as an anonymous session, each as sent and
   * pseudonymized (whichever the setting was then).
   */
  async function storedKeys(id: string): Promise<string[]> {
    const secret = await pseudonymizationSecret();
    const forms = [id, sessionKey(id)];
    const hashed = forms.map((form) => createHmac('sha256', secret).update(form).digest('hex').slice(0, 32));
    return [...new Set([...forms, ...hashed])];
  }

  /**
   * Right to be forgotten: deletes every event of a user (or session) under the raw and the pseudonymized id,
   * and records them as forgotten, so that the serving model (on every instance) serves them as a stranger at
   * once, until a training without them replaces it and the snapshots that still hold them.
   */
  async function deleteUser(id: string): Promise<number> {
    await writer.flush();
    const keys = await storedKeys(id);
    // Recorded before the delete: a write of rows received earlier that the delete misses sees it (see
    // `writeUnlessForgotten`).
    await deps.forgotten.add(keys, Date.now());
    const deleted = await table.deleteUsers(keys);
    for (const listener of listeners.forgotten) await listener();
    await deps.cluster.publish('config');
    return deleted;
  }

  function takeRateLimit(client: string, limit: number) {
    return rateLimiter.take(client, limit);
  }

  return {
    on,
    userKey,
    toRow,
    ingest,
    readInteractions,
    count: table.count,
    deleteUser,
    /** Indexes the events table needs (at boot). */
    prepareStorage: table.createIndexes,
    takeRateLimit,
    flush: writer.flush,
    exclusive: writer.exclusive,
    catchUp: () => tail.catchUp(),
    tailExclusive: <R>(task: (position: number) => Promise<R>) => tail.exclusive(task),
    startTailAtEnd,
    resetTail: (id: number) => tail.resetTo(id),
    /** Stored events this instance has not applied yet (0 when it is up to date). */
    lag: async () => Math.max(0, (await newestId()) - tail.position()),
    newestId,
  };
};

export type EventsService = ReturnType<typeof createEventsService>;

interface FirstKey {
  key: string;
  day: number;
}

/** The day and a digest of (shopper, product, type): what a browsing event may count once for. */
function firstKeyOf(row: EventRow): FirstKey {
  const day = Math.floor(Number(row.occurredAt) / DAY_MS);
  const hash = createHash('sha256')
    .update(`${row.userId}\u0000${row.productId}\u0000${row.type}`)
    .digest('hex');
  return { key: `${day}:${hash.slice(0, 48)}`, day };
}
