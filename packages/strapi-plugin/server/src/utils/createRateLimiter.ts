export interface RateLimiter {
  /** Counts one request of `client`; `allowed` is false over the limit, with the seconds until the next window. */
  take(client: string, limit: number): { allowed: boolean; retryAfterSeconds: number };
}

const MAX_TRACKED_CLIENTS = 100_000;

/** A fixed-window counter per client, in memory (one Strapi process). */
export function createRateLimiter(windowMs: number, now: () => number = Date.now): RateLimiter {
  let windowStart = now();
  let counts = new Map<string, number>();

  function take(client: string, limit: number): { allowed: boolean; retryAfterSeconds: number } {
    const time = now();
    if (time - windowStart >= windowMs || counts.size > MAX_TRACKED_CLIENTS) {
      windowStart = time;
      counts = new Map();
    }
    const count = (counts.get(client) ?? 0) + 1;
    counts.set(client, count);
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + windowMs - time) / 1000));
    return { allowed: count <= limit, retryAfterSeconds };
  }

  return { take };
}
