// The engine's public data shapes. Everything that crosses the engine's boundary (the Strapi plugin, the CLI,
// the React components through the plugin's contracts) is described here and nowhere else.

/** A product of the catalog, as the shop describes it. Only `id` and `title` are required. */
export interface Product {
  id: string;
  title: string;
  description?: string;
  /** Category path from the root, for example `['Outdoor', 'Tents']`. */
  category?: string[];
  brand?: string;
  tags?: string[];
  price?: number;
  /** Launch date: milliseconds since the epoch or an ISO 8601 date. */
  launchedAt?: number | string;
  /** In stock or not; a product without the field counts as available. */
  available?: boolean;
  /** Free attributes (colour, size, material...) usable by boost and filter rules. */
  attributes?: Record<string, string | number | boolean>;
}

export const INTERACTION_TYPES = ['view', 'click', 'add_to_cart', 'purchase', 'rating'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** One thing a shopper did with a product. */
export interface Interaction {
  /** A signed-in user's id or an anonymous session's id. */
  userId: string;
  productId: string;
  type: InteractionType;
  /** Milliseconds since the epoch. */
  timestamp: number;
  /** Units, for add to cart and purchase (default 1). */
  quantity?: number;
  /** Money of the line (unit price x quantity), for purchases. */
  value?: number;
  /** For `rating`: the rating given (any scale; it is used as the weight). */
  rating?: number;
  /** Overrides the configured weight of the type (the TSV import uses it). */
  weight?: number;
  /** The order a purchase belongs to: the items of one order are a basket. */
  orderId?: string;
}

export type { ListName } from './lists/listRegistry.js';
import type { ListName } from './lists/listRegistry.js';

/** Where an item of a served list comes from. */
export type ItemSource = 'ai' | 'pinned' | 'fallback';

/** Why a product is served: a list's own name ("trending"), or one of the shared kinds. */
export type ReasonKind =
  | ListName
  | 'bought-with'
  | 'viewed-with'
  | 'similar-to'
  | 'because-you-viewed'
  | 'because-you-bought'
  | 'because-you-rated'
  | 'trending'
  | 'best-selling'
  | 'new'
  | 'recently-viewed'
  | 'popular'
  | 'pinned'
  | 'boosted'
  | 'buried'
  | 'fallback';

/** Why an item is in a list, readable by a shopper (`text`) and by code (`kind` and the ids). */
export interface Reason {
  kind: ReasonKind;
  text: string;
  /** The product the reason refers to ("bought with X"). */
  productId?: string;
  /** The category the reason refers to ("trending in C"). */
  category?: string;
  /** The list that filled in, for `fallback`. */
  list?: ListName;
}

export interface RecommendedItem {
  id: string;
  score: number;
  reasons: Reason[];
  source: ItemSource;
}

/** Matches products by id or attribute; every field given must match. */
export interface ProductMatch {
  productId?: string;
  /** Matches a product whose category path contains this category (any level). */
  category?: string;
  brand?: string;
  tag?: string;
  minPrice?: number;
  maxPrice?: number;
  attribute?: { name: string; value: string | number | boolean };
}

export interface ListFilters {
  /** Leave out products that are not available (default true). */
  availableOnly?: boolean;
  /** Keep only products under this category (any level of the path). */
  category?: string;
  minPrice?: number;
  maxPrice?: number;
  brand?: string;
}

export interface DiversityCap {
  maxPerBrand?: number;
  maxPerCategory?: number;
}

/** Merchandising rules for one list type, in one scope. */
export interface RuleSet {
  id: string;
  name?: string;
  /** The list these rules adjust; `*` adjusts every list. */
  list: ListName | '*';
  /** Where the rules apply: everywhere (no scope), under a category, or for one seed product. */
  scope?: { category?: string; productId?: string };
  /** Milliseconds since the epoch; the rules are ignored outside [activeFrom, activeUntil). */
  activeFrom?: number;
  activeUntil?: number;
  /** Products forced at a 1-based position. */
  pins?: { productId: string; position: number }[];
  exclude?: ProductMatch[];
  /** `factor` > 1 boosts, < 1 buries; the score is multiplied by it. */
  boosts?: { match: ProductMatch; factor: number }[];
  filters?: ListFilters;
  limit?: number;
  diversity?: DiversityCap;
  fallback?: ListName[];
}

export interface RecommendRequest {
  list: ListName;
  /** The shopper: a user id or an anonymous session id. */
  userId?: string;
  /** The seed product (product page). */
  productId?: string;
  /** The products in the basket (cart and checkout). */
  basket?: string[];
  /** Restricts the list to a category (any level of the path). */
  category?: string;
  /** How many items (default 10, at most 100). */
  limit?: number;
  /** Products never to show, for example what other lists on the page already show. */
  exclude?: string[];
  filters?: ListFilters;
  /** Replaces the configured fallback chain for this request; `[]` turns fallback off. */
  fallback?: ListName[];
  /** Include products the shopper already bought (picks-for-you). */
  includePurchased?: boolean;
  /** The time to serve at (milliseconds since the epoch); default: the model's clock. */
  now?: number;
}

/** What one rule did to a served list, for the merchandiser's preview. */
export interface RuleEffect {
  ruleSetId: string;
  action: 'pin' | 'exclude' | 'boost' | 'bury' | 'filter' | 'limit' | 'diversity';
  productId?: string;
  detail: string;
  /** A rule that won over this one: the rule set (or 'request') whose exclusion or filter kept a pin out. */
  overriddenBy?: string;
}

export interface RecommendResult {
  list: ListName;
  items: RecommendedItem[];
  /** What the merchandising rules changed, in the order they were applied. */
  effects: RuleEffect[];
}

export interface RecommendOptions {
  /** The merchandising rule sets of the shop; those matching the request's list and scope are applied. */
  ruleSets?: readonly RuleSet[];
}

export type SimilarityMeasure = 'ridge' | 'rp3beta' | 'cosine' | 'jaccard' | 'lift';

/** Engine configuration; every field has a documented default (see `DEFAULT_CONFIG`). */
export interface EngineConfig {
  /** Weight of one interaction of each type. A rating weighs `rating` times its value to the `ratingPower`. */
  weights: Record<InteractionType, number>;
  /**
   * A rating r weighs r^ratingPower (times `weights.rating`). 0.5 (the default): a five-star rating counts about
   * twice a one-star one, not five times; a low rating still says the shopper chose the product. On MovieLens
   * picks-for-you rose on each of 12 independent splits (DESIGN.md, "Weights"). 1 weighs ratings linearly.
   */
  ratingPower: number;
  /** Half-life of a shopper's interaction in their history, in days; 0 turns time decay off. */
  halfLifeDays: number;
  /**
   * Half-life of a rating's weight, in days; 0 (the default): a rating keeps its weight. A rating is a stated
   * opinion, not a passing intent: on MovieLens, decaying ratings lowered picks-for-you on a random split and
   * did not raise it on a split in time (DESIGN.md, "Weights").
   */
  ratingHalfLifeDays: number;
  /**
   * Half-life of an order's weight in the co-purchase weights (frequently bought together), in days; 0 (the
   * default): every order counts whatever its age. What goes with what drifts slowly: on basket data in time
   * order, decaying orders over 90 days lowered the hit rate (DESIGN.md, "Co-purchases do not decay").
   */
  coPurchaseHalfLifeDays: number;
  /**
   * A shopper's last events also count as current intent, each weighing like a purchase and halving every
   * this many hours (picks-for-you); 0 turns it off.
   */
  intentHalfLifeHours: number;
  /** Similarity measure of people-also-like and picks-for-you. */
  similarity: SimilarityMeasure;
  /** Neighbours kept per product for the item-to-item lists. */
  neighbors: number;
  /**
   * A shopper's heaviest products (by decayed weight) that link products in the behaviour graph; the
   * shopper's profile keeps them all.
   */
  graphItemsPerShopper: number;
  /** The learned item-to-item weights (`ridge`, see DESIGN.md): the behaviour graph's and the co-purchase's. */
  ridge: {
    /** Co-occurring products each product is regressed on. */
    regressors: number;
    /** Ridge penalty of the behaviour graph, in shoppers (with `behaviourDropout`'s own penalty added). */
    behaviourLambda: number;
    /**
     * Ridge penalty of the co-purchase graph, in orders; with `chooseCoPurchaseLambda`, where it starts.
     */
    coPurchaseLambda: number;
    /**
     * Choose the co-purchase penalty from the shop's own orders, each left out in turn, on the doubling grid
     * around `coPurchaseLambda` (where the dense form applies, with 200 orders of two lines or more).
     */
    chooseCoPurchaseLambda: boolean;
    /** A shopper or order of s products weighs 1 / (s − 1)^power in the co-occurrences. */
    groupSizePower: number;
    /**
     * Emphasized denoising (EDLAE, Steck 2020) of the behaviour graph: each regressor i is penalised by
     * p / (1 − p) · G(i, i) more, as if its column were dropped out at the rate p; 0 is plain EASE.
     */
    behaviourDropout: number;
    /** The same for the co-purchase graph (0: measured on baskets, emphasis lowered the hit rate). */
    coPurchaseDropout: number;
    /**
     * Above this many products the behaviour graph is the rp3beta walk instead: learning it doubled the
     * training of 100,000 products (51 s to 104 s). Co-purchase is learned at every size (orders are fewer).
     */
    maxProducts: number;
    /**
     * Up to this many products with evidence (in some shopper's or order's group), a graph is exact EASE
     * (`denseRidgeNeighbors`: whole signed rows, n³/2 multiply-adds, 3 s for 1,682 products) instead of the
     * local form; 0 never.
     */
    denseMaxProducts: number;
  };
  /**
   * Products seen by few shoppers borrow neighbours from their text: one seen by d shoppers takes the share
   * contentShrinkage / (contentShrinkage + d) of content; 0 turns it off.
   */
  contentShrinkage: number;
  /** Popularity penalty of rp3beta: a neighbour's score is divided by its popularity to this power (0..1). */
  popularityPenalty: number;
  /** Orders two products must share before frequently-bought-together shows the pair. */
  minSupport: number;
  windows: {
    /** New: products launched in the last N days. */
    newDays: number;
    /** Best selling: sales of the last N days. */
    bestSellingDays: number;
    /** Trending: demand of the last N days... */
    trendingDays: number;
    /** ...against the average of the N days before. */
    trendingBaselineDays: number;
  };
  /** Best selling by units sold or by revenue. */
  bestSellingBy: 'units' | 'revenue';
  /** Views kept per shopper for recently-viewed. */
  recentlyViewedSize: number;
  /** Fallback chain per list: the lists that fill a list with fewer results than asked. */
  fallback: Record<ListName, ListName[]>;
}

export type EngineConfigInput = Partial<Omit<EngineConfig, 'weights' | 'windows' | 'fallback' | 'ridge'>> & {
  ridge?: Partial<EngineConfig['ridge']>;
  weights?: Partial<EngineConfig['weights']>;
  windows?: Partial<EngineConfig['windows']>;
  fallback?: Partial<EngineConfig['fallback']>;
};
