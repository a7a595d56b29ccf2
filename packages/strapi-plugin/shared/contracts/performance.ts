/** How one list did over a window: what shoppers saw, clicked, and bought after a click. */
export interface ListPerformance {
  /** A list name or `editorial:<slug>`, as the storefront sent it with its events. */
  list: string;
  impressions: number;
  clicks: number;
  /** clicks / impressions; null without impressions. */
  ctr: number | null;
  /** Add-to-cart events of a product by the shopper who clicked it in this list, within 7 days after the click. */
  addToCarts: number;
  /** addToCarts / clicks; null without clicks. */
  addToCartRate: number | null;
  /** Purchases attributed the same way, and their revenue (unit price x quantity). */
  purchases: number;
  revenue: number;
}

/** GET /recommendations/performance */
export declare namespace GetPerformance {
  interface Response {
    data: { days: 7 | 30; since: string; lists: ListPerformance[] }[];
  }
}

/** What one list did on one day (UTC), counted as in ListPerformance. */
export interface ListDay {
  /** YYYY-MM-DD (UTC). */
  day: string;
  impressions: number;
  clicks: number;
  addToCarts: number;
  purchases: number;
  revenue: number;
}

/** GET /recommendations/performance/daily?days=7|30 */
export declare namespace GetDailyPerformance {
  interface Request {
    query: { days?: '7' | '30' };
  }
  interface Response {
    data: {
      days: 7 | 30;
      /** Every day of the window, oldest first (YYYY-MM-DD, UTC, today last). */
      dayList: string[];
      /** Per list (name or `editorial:<slug>`), every day of `dayList`, zeros included. */
      lists: { list: string; perDay: ListDay[] }[];
    };
  }
}
