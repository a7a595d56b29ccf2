import type { Model } from './Model.js';

/**
 * Calls `visit` with the shopper's newest events first: the live ones (recorded since training), then the
 * trained ones, at most `limit` in all. `visit` returns false to stop early.
 */
export function forEachRecentEvent(
  model: Model,
  user: number,
  limit: number,
  visit: (
    item: number,
    timeSeconds: number,
    live: { weight: number; flags: number } | null,
  ) => boolean | void,
): void {
  if (user < 0) return;
  let seen = 0;
  const { live, recent } = model;
  for (
    let e = user < live.last.length ? live.last[user]! : -1;
    e >= 0 && seen < limit;
    e = live.previous[e]!
  ) {
    seen++;
    if (visit(live.items[e]!, live.times[e]!, { weight: live.weights[e]!, flags: live.flags[e]! }) === false)
      return;
  }
  if (user >= recent.start.length - 1) return;
  for (let k = recent.start[user + 1]! - 1; k >= recent.start[user]! && seen < limit; k--) {
    seen++;
    if (visit(recent.items[k]!, recent.times[k]!, null) === false) return;
  }
}
