import type { ListName } from '@aisle/engine';

import type { ErrorResponse } from './errors';

export const EVENT_TYPES = ['view', 'click', 'add_to_cart', 'purchase', 'impression'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const MAX_EVENTS_PER_BATCH = 500;
export const MAX_EVENTS_BATCH_BYTES = 256 * 1024;

/**
 * One thing a shopper did, as a storefront sends it. `sessionId` (the browser's own: random, at least 16 characters
 * from a browser, and never the same shopper as a user of the same id), `shopperToken` (signed by the shop's
 * server) or, from the shop's server only, `userId` is required.
 */
export interface ShopEvent {
  type: EventType;
  productId: string;
  userId?: string;
  sessionId?: string;
  /** A signed shopper identity (see shopper-token.ts), in place of `userId` from a browser. */
  shopperToken?: string;
  /** Milliseconds since the epoch or ISO 8601; default: the time the server receives it. */
  timestamp?: number | string;
  /** Units, for add to cart and purchase (default 1). */
  quantity?: number;
  /** Unit price, for purchases. */
  price?: number;
  /** Required for purchases: the items of one order make a basket. */
  orderId?: string;
  /** The list that showed the product (click, impression), a list name or `editorial:<slug>`. */
  list?: ListName | `editorial:${string}`;
  /** The placement module and variant that showed it (`<slot>:<module>:<variant>`, as served): A/B figures count it. */
  placement?: string;
}

/** POST /api/recommendations/events */
export declare namespace SendEvents {
  interface Request {
    body: { events: ShopEvent[] };
  }

  /** 202 when at least one event was stored; the bad ones are reported by their index in the batch. */
  interface Response {
    data: { accepted: number; rejected: number };
    errors: { index: number; message: string }[];
  }

  /** 400 when no event of the batch is valid, 413 over 500 events or 256 KB, 429 over the rate limit. */
  type ErrorBody = ErrorResponse;
}
