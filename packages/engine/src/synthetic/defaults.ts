/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * The default "now" of the synthetic store (1 June 2026, 00:00 UTC): a fixed instant, so that the same seed
 * gives the same store on any day. Pass `now: Date.now()` for a store whose history ends today.
 */
export const SYNTHETIC_NOW = Date.UTC(2026, 5, 1);

/** How far back launch dates go, in days. */
export const CATALOG_HISTORY_DAYS = 730;

/** New arrivals: products launched in the last N days before `now`. */
export const NEW_ARRIVAL_DAYS = 21;
