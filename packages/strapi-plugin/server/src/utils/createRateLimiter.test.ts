import { describe, expect, it } from 'vitest';

import { createRateLimiter } from './createRateLimiter';

describe('createRateLimiter', () => {
  it('allows `limit` requests a window per client and tells when to retry', () => {
    let now = 0;
    const limiter = createRateLimiter(60_000, () => now);
    expect(limiter.take('a', 2).allowed).toBe(true);
    expect(limiter.take('a', 2).allowed).toBe(true);
    now = 15_000;
    expect(limiter.take('a', 2)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take('b', 2).allowed).toBe(true);
    now = 60_000;
    expect(limiter.take('a', 2).allowed).toBe(true);
  });
});
