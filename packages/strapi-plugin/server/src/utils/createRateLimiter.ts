export interface RateLimiter {
  /** Counts one request of `client`; `allowed` is false over the limit, with the seconds until the next window. */
  take(client: string, limit: number): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
  /** Adds this process's counts to the shared ones now (else it happens within `syncMs`). */
  sync(): Promise<void>;
}

/** Counts every instance adds to, per client and window (the database, for a deployment of several). */
export interface RateWindowStore {
  /** Adds `increments` (client to count) to the window's counts; answers each client's total over all instances. */
  add(window: number, increments: ReadonlyMap<string, number>): Promise<Map<string, number>>;
  /** A client's total in the window over all instances (0 when none counted it). */
  total(window: number, client: string): Promise<number>;
  /** Forgets the windows before `window`. */
  prune(window: number): Promise<void>;
}

interface Entry {
  /** Every instance's count at the last sync, this one's included. */
  shared: number;
  /** This process's requests since, not yet added to the store (`sending`: being added). */
  pending: number;
  sending: number;
}

const MAX_TRACKED_CLIENTS = 100_000;

/**
 * A fixed-window counter per client. With a shared store, a process reads a client's total when it first sees the
 * client in a window, counts locally, and adds its counts to the store every `syncMs`, learning the totals over
 * all instances: a client is limited wherever it asks, overshooting by at most what the other instances let
 * through in one sync interval. Without a store: this process's counts.
 */
export function createRateLimiter(
  windowMs: number,
  {
    now = Date.now,
    store,
    syncMs = 1000,
    onSyncError = () => {},
  }: {
    now?: () => number;
    store?: RateWindowStore;
    syncMs?: number;
    onSyncError?: (error: unknown) => void;
  } = {},
): RateLimiter {
  let window = Math.floor(now() / windowMs);
  let entries = new Map<string, Entry>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function take(
    client: string,
    limit: number,
  ): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
    const time = now();
    const current = Math.floor(time / windowMs);
    if (current !== window || entries.size > MAX_TRACKED_CLIENTS) {
      if (current !== window && store) void store.prune(current).catch(onSyncError);
      window = current;
      entries = new Map();
    }
    let entry = entries.get(client);
    if (entry === undefined) {
      entry = { shared: 0, pending: 0, sending: 0 };
      entries.set(client, entry);
      if (store) {
        // What the other instances counted of a client new here (once a window and client).
        const known = entry;
        known.shared = await store.total(window, client).catch((error: unknown) => {
          onSyncError(error);
          return known.shared;
        });
      }
    }
    entry.pending += 1;
    if (store && timer === null) {
      timer = setTimeout(() => void sync(), syncMs);
      timer.unref?.();
    }
    const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * windowMs - time) / 1000));
    return { allowed: entry.shared + entry.sending + entry.pending <= limit, retryAfterSeconds };
  }

  async function sync(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!store) return;
    const syncing = entries;
    const increments = new Map<string, number>();
    for (const [client, entry] of syncing) {
      if (entry.pending === 0) continue;
      increments.set(client, entry.pending);
      entry.sending = entry.pending;
      entry.pending = 0;
    }
    if (increments.size === 0) return;
    try {
      const totals = await store.add(window, increments);
      for (const [client, total] of totals) {
        const entry = syncing.get(client);
        if (entry) entry.shared = total;
      }
    } catch (error) {
      // Counted here still: the next sync adds them.
      for (const client of increments.keys()) syncing.get(client)!.pending += syncing.get(client)!.sending;
      onSyncError(error);
    } finally {
      for (const client of increments.keys()) syncing.get(client)!.sending = 0;
    }
  }

  return { take, sync };
}
