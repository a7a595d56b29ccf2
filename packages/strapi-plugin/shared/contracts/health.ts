import type { ListName } from '@aisle/engine';

import type { EventType } from './events';

/** Events stored on one day (UTC), by type. */
export interface EventsOnDay {
  /** YYYY-MM-DD (UTC). */
  day: string;
  counts: Record<EventType, number>;
}

/**
 * One thing a list needs, with how much of it there is (`have`) and how much makes the list ready (`need`):
 * - `model`: a trained model (0 or 1);
 * - `launch-date-field`, `content-fields`: a mapped launch date / category, brand or tags field (0 or 1);
 * - `launched-products`, `sold-products`, `trending-products`: products the list finds in its window of
 *   `days` days (launched, sold, or in rising demand);
 * - `related-share`, `bought-together-share`, `content-share`: share of the catalog (0 to 1) with related
 *   products (bought by the same shoppers, bought in the same orders, sharing category, brand or tags);
 * - `views`: view events stored.
 */
export type RequirementKind =
  | 'model'
  | 'launch-date-field'
  | 'content-fields'
  | 'launched-products'
  | 'sold-products'
  | 'trending-products'
  | 'related-share'
  | 'bought-together-share'
  | 'content-share'
  | 'views';

export interface ListRequirement {
  kind: RequirementKind;
  have: number;
  need: number;
  /** The list's window, for the requirements counted over one. */
  days?: number;
}

/**
 * `ready`: every requirement is met; `not-enough-data`: more events (or a training) will make it ready;
 * `disabled`: a field the list needs is not mapped, no data helps until the settings change.
 */
export type ListStatus = 'ready' | 'not-enough-data' | 'disabled';

export interface ListHealth {
  list: ListName;
  status: ListStatus;
  /** 0 to 1: the mean of each requirement's have / need, each capped at 1. */
  readiness: number;
  /**
   * Products the list can draw from: found in its window for new, best-selling and trending (at most 100), with
   * related products for the item-to-item lists and picks-for-you, viewed for recently-viewed.
   */
  items: number;
  /** Every requirement, met or not. */
  requirements: ListRequirement[];
}

export interface DataHealth {
  events: {
    total: number;
    /** ISO 8601 time of the newest event; null without events. */
    latestAt: string | null;
    /** Each day of the window, oldest first, ending on the day of the newest event (or today without events). */
    perDay: EventsOnDay[];
  };
  /** Catalog products with at least one stored event (any type), and without. */
  products: { total: number; withSignal: number; withoutSignal: number };
  lists: ListHealth[];
}

/** GET /recommendations/health?days=30 (1 to 180 days of events per day) */
export declare namespace GetHealth {
  interface Request {
    query: { days?: string };
  }
  interface Response {
    data: DataHealth;
  }
}
