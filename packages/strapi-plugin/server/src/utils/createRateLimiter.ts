export interface RateLimiter {
  /**
   * Counts one request of `client` if it fits in the limit; `allowed` is false over it, with the seconds until a
   * request would be allowed (if the client sends nothing meanwhile).
   */
  take(client: string, limit: number): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
  /** Adds this process's counts to the shared ones now (else it happens within `syncMs`). */
  sync(): Promise<void>;
}

/** Counts every instance adds to, per client and window (the database, for a deployment of several). */
export interface RateWindowStore {
  /** Adds `increments` (client to count) to the window's counts; answers each client's total over all instances. */
  add(window: number, increments: ReadonlyMap<string, number>): Promise<Map<string, number>>;
  /** A client's totals in `window - 1` and in `window` over all instances (0 where none counted it). */
  recent(window: number, client: string): Promise<{ previous: number; current: number }>;
  /** Forgets the windows before `window`. */
  prune(window: number): Promise<void>;
}

interface Count {
  /** Every instance's count at the last sync, this one's included. */
  shared: number;
  /** This process's requests since, not yet added to the store (`sending`: being added). */
  pending: number;
  sending: number;
}

const MAX_TRACKED_CLIENTS = 100_000;

const newCount = (): Count => ({ shared: 0, pending: 0, sending: 0 });
const hitsOf = (count: Count | undefined) => (count ? count.shared + count.sending + count.pending : 0);

/**
 * Whether one more request fits `elapsed` ms into the current window: previous × (W − elapsed) / W + current + 1
 * ≤ limit, multiplied out so that no rounding can let one through or refuse one.
 */
function fits(previous: number, current: number, elapsed: number, windowMs: number, limit: number): boolean {
  return previous * (windowMs - elapsed) + (current + 1) * windowMs <= limit * windowMs;
}

/** Ms from `elapsed` into the current window until one more request fits, if none is counted meanwhile. */
export function msUntilAllowed(
  previous: number,
  current: number,
  elapsed: number,
  windowMs: number,
  limit: number,
): number {
  if (current + 1 <= limit) {
    // The previous window's share shrinks as time goes on: the first `at` with previous × (W − at) ≤ room × W.
    const at = windowMs - Math.floor(((limit - 1 - current) * windowMs) / Math.max(previous, 1));
    return Math.max(0, at - elapsed);
  }
  // Not in this window: in the next, this window's hits are the previous ones and none are current.
  const at = limit < 1 ? windowMs : windowMs - Math.floor(((limit - 1) * windowMs) / current);
  return windowMs - elapsed + Math.max(0, at);
}

/** Adds a window's counts not yet in the store to it, and learns every instance's totals of those clients. */
async function addPending(
  store: RateWindowStore,
  index: number,
  counts: Map<string, Count>,
  onSyncError: (error: unknown) => void,
): Promise<void> {
  const increments = new Map<string, number>();
  for (const [client, count] of counts) {
    if (count.pending === 0) continue;
    increments.set(client, count.pending);
    count.sending = count.pending;
    count.pending = 0;
  }
  if (increments.size === 0) return;
  try {
    const totals = await store.add(index, increments);
    for (const [client, total] of totals) {
      const count = counts.get(client);
      if (count) count.shared = total;
    }
  } catch (error) {
    // Counted here still: the next sync adds them.
    for (const client of increments.keys()) counts.get(client)!.pending += counts.get(client)!.sending;
    onSyncError(error);
  } finally {
    for (const client of increments.keys()) counts.get(client)!.sending = 0;
  }
}

/**
 * A sliding-window counter per client (the usual approximation): the requests of the current window plus those of
 * the previous one weighted by the share of it still inside the last window's length. Fixed windows let a client
 * send the limit at the end of one and again at the start of the next, twice the limit within a second; here the
 * previous window's requests still count then. With a shared store, a process reads a client's totals of both
 * windows when it first sees the client in a window, counts locally, and adds its counts to the store every
 * `syncMs`, learning the totals over all instances: a client is limited wherever it asks, overshooting by at most
 * what the other instances let through in one sync interval. Without a store: this process's counts. Refused
 * requests are not counted, so that a client retrying while refused is let through at the limit's pace.
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
  let current = new Map<string, Count>();
  let previous = new Map<string, Count>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  function moveTo(next: number): void {
    if (next === window && current.size <= MAX_TRACKED_CLIENTS) return;
    if (next !== window && store) {
      // The previous window still counts: only the ones before it can go.
      void store.prune(next - 1).catch(onSyncError);
    }
    previous = next === window + 1 ? current : new Map();
    current = new Map();
    window = next;
  }

  /** What the other instances counted of a client new here in this window, in it and in the previous one. */
  async function learn(at: number, client: string, count: Count, before: Map<string, Count>): Promise<void> {
    try {
      const totals = await store!.recent(at, client);
      count.shared = Math.max(count.shared, totals.current);
      let earlier = before.get(client);
      if (earlier === undefined) {
        earlier = newCount();
        before.set(client, earlier);
      }
      earlier.shared = Math.max(earlier.shared, totals.previous);
    } catch (error) {
      onSyncError(error);
    }
  }

  async function take(
    client: string,
    limit: number,
  ): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
    // A clock stepping back a little stays in the window it was in.
    const time = Math.max(now(), window * windowMs);
    moveTo(Math.floor(time / windowMs));
    const at = window;
    const counts = current;
    const before = previous;
    let count = counts.get(client);
    if (count === undefined) {
      count = newCount();
      counts.set(client, count);
      if (store) await learn(at, client, count, before);
    }
    const elapsed = time - at * windowMs;
    const earlier = hitsOf(before.get(client));
    if (!fits(earlier, hitsOf(count), elapsed, windowMs, limit)) {
      const wait = msUntilAllowed(earlier, hitsOf(count), elapsed, windowMs, limit);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    }
    count.pending += 1;
    if (store && timer === null) {
      timer = setTimeout(() => void sync(), syncMs);
      timer.unref?.();
    }
    return { allowed: true, retryAfterSeconds: 0 };
  }

  async function sync(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!store) return;
    // The previous window's last requests too: other instances weigh them for a whole window more.
    const windows: [number, Map<string, Count>][] = [
      [window - 1, previous],
      [window, current],
    ];
    for (const [index, counts] of windows) await addPending(store, index, counts, onSyncError);
  }

  return { take, sync };
}
