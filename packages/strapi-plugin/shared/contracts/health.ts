import type { ListReadiness, ListRequirement, ListStatus } from '@aisle/engine';

import type { EventType } from './events';

/** Events stored on one day (UTC), by type. */
export interface EventsOnDay {
  /** YYYY-MM-DD (UTC). */
  day: string;
  counts: Record<EventType, number>;
}

/**
 * How ready each list is, as the engine's list descriptors say (`listReadiness` of `@aisle/engine`): each
 * requirement has a `kind` the admin translates (`readiness.<kind>`), what there is (`have`) and what makes the
 * list ready (`need`); `setting` marks one only a setting meets (a mapped field).
 */
export type ListHealth = ListReadiness;
export type { ListRequirement, ListStatus };

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
