import { describe, expect, it } from 'vitest';

import { createRateLimiter, msUntilAllowed } from './createRateLimiter';

const MINUTE = 60_000;

/** The naive truth: the times of the requests let through, counted over any span. */
function oracle() {
  const allowed: number[] = [];
  return {
    allowed,
    record: (time: number) => allowed.push(time),
    /** Requests let through in (time − span, time]. */
    within: (time: number, span: number) => allowed.filter((at) => at > time - span && at <= time).length,
  };
}

/** A deterministic pseudo-random sequence (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('createRateLimiter', () => {
  it('allows `limit` requests in a minute per client and tells when to retry', async () => {
    let now = 0;
    const limiter = createRateLimiter(MINUTE, { now: () => now });
    expect((await limiter.take('a', 2)).allowed).toBe(true);
    expect((await limiter.take('a', 2)).allowed).toBe(true);
    now = 15_000;
    expect(await limiter.take('a', 2)).toEqual({ allowed: false, retryAfterSeconds: 45 + 30 });
    expect((await limiter.take('b', 2)).allowed).toBe(true);
    // At 60 s both requests still weigh fully; half a minute later, half of them: room for one.
    now = 60_000;
    expect((await limiter.take('a', 2)).allowed).toBe(false);
    now = 90_000;
    expect((await limiter.take('a', 2)).allowed).toBe(true);
    expect((await limiter.take('a', 2)).allowed).toBe(false);
  });

  it('refuses the limit sent again just after a minute boundary, which fixed minutes let through', async () => {
    const limit = 10;
    let now = 59_000;
    const limiter = createRateLimiter(MINUTE, { now: () => now });
    const truth = oracle();
    // Fixed minutes: each minute counts from zero.
    const fixed = new Map<number, number>();
    const fixedAllows = (time: number) => {
      const minute = Math.floor(time / MINUTE);
      fixed.set(minute, (fixed.get(minute) ?? 0) + 1);
      return fixed.get(minute)! <= limit;
    };
    let fixedAllowed = 0;
    for (const time of [59_000, 60_000]) {
      now = time;
      for (let request = 0; request < limit; request++) {
        if (fixedAllows(now)) fixedAllowed += 1;
        if ((await limiter.take('a', limit)).allowed) truth.record(now);
      }
    }
    expect(fixedAllowed).toBe(2 * limit);
    expect(truth.within(60_000, 2000)).toBe(limit);
    // The minute's ten still weigh 59/60 of themselves at 61 s (9.8: room for none), 54/60 at 66 s (9: room for one).
    now = 61_000;
    expect(await limiter.take('a', limit)).toEqual({ allowed: false, retryAfterSeconds: 5 });
    now = 66_000;
    expect((await limiter.take('a', limit)).allowed).toBe(true);
    expect((await limiter.take('a', limit)).allowed).toBe(false);
  });

  it('never lets through more than limit × (1 + span / minute) in any span, and answers Retry-After to the second (oracle, random traffic)', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const limit = 1 + Math.floor(next() * 12);
      let now = Math.floor(next() * 3 * MINUTE);
      const limiter = createRateLimiter(MINUTE, { now: () => now });
      const truth = oracle();
      for (let request = 0; request < 400; request++) {
        // Bursts, pauses, and a bias toward the seconds around a minute boundary.
        const roll = next();
        if (roll < 0.15) now = (Math.floor(now / MINUTE) + 1) * MINUTE - Math.floor(next() * 1500);
        else if (roll < 0.6) now += Math.floor(next() * 200);
        else if (roll < 0.95) now += Math.floor(next() * 8000);
        else now += Math.floor(next() * 2 * MINUTE);
        const taken = await limiter.take('a', limit);
        if (taken.allowed) {
          truth.record(now);
          for (const span of [1, 1000, 2000, 15_000, 30_000, 59_999, MINUTE]) {
            expect(truth.within(now, span)).toBeLessThanOrEqual(limit + (limit * span) / MINUTE);
          }
          continue;
        }
        // Refused: still refused a second before Retry-After, allowed at it (nothing counted between).
        expect(taken.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        const refusedAt = now;
        if (taken.retryAfterSeconds > 1) {
          now = refusedAt + (taken.retryAfterSeconds - 1) * 1000;
          expect((await limiter.take('a', limit)).allowed).toBe(false);
        }
        now = refusedAt + taken.retryAfterSeconds * 1000;
        expect((await limiter.take('a', limit)).allowed).toBe(true);
        truth.record(now);
      }
    }
  });

  it('lets a client through whose pace stays under the limit, minute boundaries included', async () => {
    const limit = 20;
    let now = 12_345;
    const limiter = createRateLimiter(MINUTE, { now: () => now });
    for (let request = 0; request < 200; request++) {
      now += Math.ceil(MINUTE / (limit - 2));
      expect((await limiter.take('a', limit)).allowed).toBe(true);
    }
  });

  it('answers the exact wait, to the millisecond, in and after the current window', () => {
    // 10 previous, 5 current, limit 10: room for one once 10 × (1 − f) ≤ 4, f ≥ 0.6 (36 s in).
    expect(msUntilAllowed(10, 5, 30_000, MINUTE, 10)).toBe(6000);
    // Full already: in the next window, once 10 × (1 − f) ≤ 9 (6 s into it).
    expect(msUntilAllowed(0, 10, 59_000, MINUTE, 10)).toBe(1000 + 6000);
    // More than the limit (other instances overshot): still from the next window.
    expect(msUntilAllowed(3, 12, 0, MINUTE, 10)).toBe(MINUTE + MINUTE - Math.floor((9 * MINUTE) / 12));
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
    async recent(window: number, client: string) {
      return {
        previous: totals.get(`${window - 1}:${client}`) ?? 0,
        current: totals.get(`${window}:${client}`) ?? 0,
      };
    },
    async prune(window: number) {
      for (const key of totals.keys()) if (Number(key.split(':')[0]) < window) totals.delete(key);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createRateLimiter with a store shared by instances', () => {
  it('limits a client over all instances once they have synced, and counts nothing twice', async () => {
    const now = 0;
    const store = sharedStore();
    const a = createRateLimiter(MINUTE, { now: () => now, store });
    const b = createRateLimiter(MINUTE, { now: () => now, store });
    for (let request = 0; request < 3; request++) expect((await a.take('x', 5)).allowed).toBe(true);
    for (let request = 0; request < 2; request++) expect((await b.take('x', 5)).allowed).toBe(true);
    await a.sync();
    await b.sync();
    expect(store.totals.get('0:x')).toBe(5);
    // A client new to an instance starts from what the others counted: C refuses at once.
    const c = createRateLimiter(MINUTE, { now: () => now, store });
    expect((await c.take('x', 5)).allowed).toBe(false);
    // B has learned A's three: the sixth request is refused wherever it goes.
    expect((await b.take('x', 5)).allowed).toBe(false);
    // A learns the total when it next adds its own (until then it may let one through: the sync interval's overshoot).
    expect((await a.take('x', 5)).allowed).toBe(true);
    await a.sync();
    await b.sync();
    await c.sync();
    expect(store.totals.get('0:x')).toBe(6); // refused requests are not counted
    expect((await a.take('x', 5)).allowed).toBe(false);
    expect((await a.take('y', 5)).allowed).toBe(true);
  });

  it('weighs the previous minute counted by other instances, and keeps it in the store while it weighs', async () => {
    let now = 58_000;
    const store = sharedStore();
    const a = createRateLimiter(MINUTE, { now: () => now, store });
    for (let request = 0; request < 5; request++) expect((await a.take('x', 5)).allowed).toBe(true);
    await a.sync();
    // Just after the boundary, on an instance that never saw the client, and on the one that did.
    now = 60_500;
    const b = createRateLimiter(MINUTE, { now: () => now, store });
    expect(await b.take('x', 5)).toEqual({ allowed: false, retryAfterSeconds: 12 });
    expect((await a.take('x', 5)).allowed).toBe(false);
    await settle();
    expect(store.totals.get('0:x')).toBe(5);
    // The previous minute's last requests are shared too, after the boundary.
    now = 59_000;
    const c = createRateLimiter(MINUTE, { now: () => now, store });
    expect((await c.take('z', 5)).allowed).toBe(true);
    now = 61_000;
    expect((await c.take('z', 5)).allowed).toBe(true);
    await c.sync();
    expect([store.totals.get('0:z'), store.totals.get('1:z')]).toEqual([1, 1]);
    // Two minutes on, nothing weighs and the old minute is gone.
    now = 120_000;
    expect((await a.take('x', 5)).allowed).toBe(true);
    await settle();
    expect([...store.totals.keys()].some((key) => key.startsWith('0:'))).toBe(false);
  });

  it('keeps its counts when the store fails, and adds them at the next sync', async () => {
    const store = sharedStore();
    let failing = true;
    const errors: unknown[] = [];
    const limiter = createRateLimiter(MINUTE, {
      now: () => 0,
      store: {
        add: (window, increments) =>
          failing ? Promise.reject(new Error('down')) : store.add(window, increments),
        recent: store.recent,
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

  it('agrees with a single counter when one instance asks, whatever the sync points and times (random oracle)', async () => {
    const next = random(7);
    for (let run = 0; run < 50; run++) {
      let now = Math.floor(next() * MINUTE);
      const store = sharedStore();
      const limiter = createRateLimiter(MINUTE, { now: () => now, store });
      const single = createRateLimiter(MINUTE, { now: () => now });
      const limit = 1 + Math.floor(next() * 8);
      for (let request = 0; request < 40; request++) {
        now += Math.floor(next() * 10_000);
        if (next() < 0.3) await limiter.sync();
        const shared = await limiter.take('x', limit);
        expect(shared).toEqual(await single.take('x', limit));
      }
    }
  });
});
