import { describe, expect, it } from 'vitest';

import { createRateLimiter } from './createRateLimiter';

describe('createRateLimiter', () => {
  it('allows `limit` requests a window per client and tells when to retry', async () => {
    let now = 0;
    const limiter = createRateLimiter(60_000, { now: () => now });
    expect((await limiter.take('a', 2)).allowed).toBe(true);
    expect((await limiter.take('a', 2)).allowed).toBe(true);
    now = 15_000;
    expect(await limiter.take('a', 2)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect((await limiter.take('b', 2)).allowed).toBe(true);
    now = 60_000;
    expect((await limiter.take('a', 2)).allowed).toBe(true);
  });
});

/** The database's part, naively: one total per window and client, for every instance. */
function sharedStore() {
  const totals = new Map<string, number>();
  return {
    totals,
    async add(window: number, increments: ReadonlyMap<string, number>) {
      const answer = new Map<string, number>();
      for (const [client, count] of increments) {
        const key = `${window}:${client}`;
        totals.set(key, (totals.get(key) ?? 0) + count);
        answer.set(client, totals.get(key)!);
      }
      return answer;
    },
    async total(window: number, client: string) {
      return totals.get(`${window}:${client}`) ?? 0;
    },
    async prune(window: number) {
      for (const key of totals.keys()) if (Number(key.split(':')[0]) < window) totals.delete(key);
    },
  };
}

describe('createRateLimiter with a store shared by instances', () => {
  it('limits a client over all instances once they have synced, and counts nothing twice', async () => {
    let now = 0;
    const store = sharedStore();
    const a = createRateLimiter(60_000, { now: () => now, store });
    const b = createRateLimiter(60_000, { now: () => now, store });
    for (let request = 0; request < 3; request++) expect((await a.take('x', 5)).allowed).toBe(true);
    for (let request = 0; request < 2; request++) expect((await b.take('x', 5)).allowed).toBe(true);
    await a.sync();
    await b.sync();
    expect(store.totals.get('0:x')).toBe(5);
    // A client new to an instance starts from what the others counted: C refuses at once.
    const c = createRateLimiter(60_000, { now: () => now, store });
    expect((await c.take('x', 5)).allowed).toBe(false);
    // B has learned A's three: the sixth request is refused wherever it goes.
    expect((await b.take('x', 5)).allowed).toBe(false);
    // A learns the total when it next adds its own: from then on it refuses too.
    await a.take('x', 5);
    await a.sync();
    expect(store.totals.get('0:x')).toBe(6); // B's and C's refused requests are added at their next syncs
    expect((await a.take('x', 5)).allowed).toBe(false);
    expect((await a.take('y', 5)).allowed).toBe(true);
    // A new window starts from nothing and prunes the old one.
    now = 60_000;
    expect((await a.take('x', 5)).allowed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([...store.totals.keys()].some((key) => key.startsWith('0:'))).toBe(false);
  });

  it('keeps its counts when the store fails, and adds them at the next sync', async () => {
    const store = sharedStore();
    let failing = true;
    const errors: unknown[] = [];
    const limiter = createRateLimiter(60_000, {
      now: () => 0,
      store: {
        add: (window, increments) =>
          failing ? Promise.reject(new Error('down')) : store.add(window, increments),
        total: store.total,
        prune: store.prune,
      },
      onSyncError: (error) => errors.push(error),
    });
    await limiter.take('x', 10);
    await limiter.take('x', 10);
    await limiter.sync();
    expect(errors).toHaveLength(1);
    failing = false;
    await limiter.take('x', 10);
    await limiter.sync();
    expect(store.totals.get('0:x')).toBe(3);
  });

  it('agrees with a single counter when one instance asks, whatever the sync points (random oracle)', async () => {
    for (let run = 0; run < 50; run++) {
      const store = sharedStore();
      const limiter = createRateLimiter(60_000, { now: () => 0, store });
      const single = createRateLimiter(60_000, { now: () => 0 });
      const limit = 1 + Math.floor(Math.random() * 8);
      for (let request = 0; request < 20; request++) {
        if (Math.random() < 0.3) await limiter.sync();
        expect((await limiter.take('x', limit)).allowed).toBe((await single.take('x', limit)).allowed);
      }
    }
  });
});
