import type { ListName } from '@aisle/engine';

import type { ErrorResponse } from './errors';
import type { Recommendation } from './lists';

/** The pages a shop has; `custom` is any other page the shop names by its slot. */
export const PAGE_TYPES = ['home', 'category', 'product', 'cart', 'checkout', 'for-you', 'custom'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export const LAYOUTS = ['carousel', 'grid'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** What a module shows: an AI list by name, or an editorial list by slug. */
export type PlacementSource = { list: ListName } | { editorial: string };

/**
 * One version of a module. A module with one variant is simply shown; with two to four it is an A/B test: each
 * shopper (signed-in or anonymous) sees one variant, always the same, drawn by the shares.
 */
export interface PlacementVariant {
  /** Lower-case letters, digits and dashes, unique in the module: events and figures name it. */
  key: string;
  source: PlacementSource;
  /**
   * At most 200 characters; empty: the list's own (an editorial list's title, a list's usual heading).
   * `{category}` is replaced by the page's category ("Trending in {category}").
   */
  heading: string;
  /** The share of shoppers, in percent (the shares of a module add up to 100). */
  share: number;
}

/** A recommendation module of a slot: what it shows, how many, how it looks, where it applies, when. */
export interface PlacementModule {
  /** Lower-case letters, digits and dashes, unique in the placement. */
  key: string;
  variants: PlacementVariant[];
  /** 1 to 48 products. */
  limit: number;
  layout: Layout;
  /**
   * Products of one category (a name on the catalog's category path), or of the category the page is about
   * (`currentCategory`: the request's `category`, or the current product's). None: the whole catalog.
   */
  scope: { category?: string; currentCategory?: boolean } | null;
  /** ISO 8601; the module is shown from `startsAt` (inclusive) to `endsAt` (exclusive) when set. */
  startsAt: string | null;
  endsAt: string | null;
}

export type PlacementStatus = 'draft' | 'published';

/** A named slot on a page with its ordered stack of modules. */
export interface Placement {
  id: number;
  /** Lower-case letters, digits and dashes: what the storefront asks for (`<Placement slot="home-main" />`). */
  slot: string;
  /** At most 200 characters. */
  name: string;
  page: PageType;
  modules: PlacementModule[];
  status: PlacementStatus;
  createdAt: string;
  updatedAt: string;
}

export type PlacementInput = Omit<Placement, 'id' | 'createdAt' | 'updatedAt' | 'status' | 'modules'> & {
  status?: PlacementStatus;
  /** At most 10 modules. */
  modules: PlacementModule[];
};

/** GET /recommendations/placements */
export declare namespace FindPlacements {
  interface Response {
    data: Placement[];
  }
}

/** GET /recommendations/placements/:id */
export declare namespace FindPlacement {
  interface Response {
    data: Placement;
  }
  type ErrorBody = ErrorResponse;
}

/** POST /recommendations/placements: 400 naming the field; 409 when the slot is taken. */
export declare namespace CreatePlacement {
  interface Request {
    body: PlacementInput;
  }
  interface Response {
    data: Placement;
  }
  type ErrorBody = ErrorResponse;
}

/** PUT /recommendations/placements/:id (any fields of PlacementInput). */
export declare namespace UpdatePlacement {
  interface Request {
    body: Partial<PlacementInput>;
  }
  interface Response {
    data: Placement;
  }
  type ErrorBody = ErrorResponse;
}

/** DELETE /recommendations/placements/:id */
export declare namespace DeletePlacement {
  interface Response {
    data: { id: number };
  }
}

/** A module as a shopper sees it: the variant drawn for them, filled. */
export interface ServedModule {
  key: string;
  variant: string;
  /** Whether the module is an A/B test (more than one variant). */
  test: boolean;
  /** The variant's heading; an editorial list's title when the variant has none; empty: the list's usual one. */
  heading: string;
  layout: Layout;
  /** The list the items come from, as events name it: a list name or `editorial:<slug>`. */
  list: string;
  /** `<slot>:<module>:<variant>`: sent with the module's events, it is what per-variant figures count. */
  placement: string;
  items: Recommendation[];
}

/** GET /api/recommendations/placements/:slot */
export declare namespace GetPlacement {
  interface Request {
    params: { slot: string };
    /** The context of the page, as for a list: productId, basket, category, and who the shopper is. */
    query: {
      productId?: string;
      basket?: string;
      category?: string;
      sessionId?: string;
      shopperToken?: string;
      userId?: string;
    };
  }
  interface Response {
    data: { slot: string; page: PageType; modules: ServedModule[] };
    /**
     * Modules left out and why (an editorial list deleted or unpublished, a list that needs a context the page
     * did not give): the rest of the slot is served.
     */
    meta: { skipped: { module: string; reason: string }[] };
  }
  /** 404 naming the slot when no published placement has it. */
  type ErrorBody = ErrorResponse;
}

/**
 * POST /recommendations/placements/preview: a placement as it is being edited (saved or not) filled as the
 * storefront would fill it for a page and a shopper, at a time (`at`, for scheduled modules) and with chosen
 * variants (`variants`: module key to variant key; otherwise the shopper's, or the first).
 */
export declare namespace PreviewPlacement {
  interface Request {
    body: {
      placement: Pick<PlacementInput, 'slot' | 'page' | 'modules'>;
      productId?: string;
      basket?: string[];
      category?: string;
      userId?: string;
      sessionId?: string;
      variants?: Record<string, string>;
      at?: string;
    };
  }
  type Response = GetPlacement.Response;
  type ErrorBody = ErrorResponse;
}

/** What one variant of a module did over a window (counted as in ListPerformance). */
export interface VariantPerformance {
  variant: string;
  impressions: number;
  clicks: number;
  ctr: number | null;
  addToCarts: number;
  purchases: number;
  revenue: number;
  /** The 95% (Wilson) interval of the click-through rate; null without impressions. */
  ctrInterval: [number, number] | null;
}

/** A module's variants side by side, and what the figures say so far. */
export interface ModulePerformance {
  slot: string;
  module: string;
  variants: VariantPerformance[];
  /**
   * `better`: `leader`'s click-through rate beats every other variant's with 95% confidence (two-proportion
   * z-test, Bonferroni-corrected for several variants); `too-early`: not yet; `no-test`: one variant.
   */
  verdict: 'better' | 'too-early' | 'no-test';
  leader: string | null;
}

/** GET /recommendations/performance/placements: over the last 7 and 30 days. */
export declare namespace GetPlacementPerformance {
  interface Response {
    data: { days: 7 | 30; since: string; modules: ModulePerformance[] }[];
  }
}
