import type { ListName, Reason } from '@aisle/engine';

import type { ErrorResponse } from './errors';

/** A product as a storefront gets it: the catalog fields chosen by the plugin's field mapping. */
export interface RecommendedProduct {
  /** The value of the mapped id field (the id the storefront sends in events). */
  id: string;
  documentId: string;
  title: string;
  description?: string;
  price?: number;
  currency?: string;
  image?: { url: string; alternativeText: string | null; width: number | null; height: number | null };
  /** The category path from the root. */
  category?: string[];
  brand?: string;
  tags?: string[];
  /** ISO 8601. */
  launchDate?: string;
  available: boolean;
}

/** Where an item of a served list comes from. */
export type RecommendationSource = 'ai' | 'pinned' | 'editorial' | 'fallback';

export interface Recommendation {
  product: RecommendedProduct;
  score: number;
  reasons: Reason[];
  source: RecommendationSource;
}

export interface ListMeta {
  list: ListName;
  /** The version of the model that served the list; null before the first training. */
  modelVersion: number | null;
  /**
   * Basket ids the catalog does not have (a product launched after it was read, a typo), each once, in basket
   * order: the list is served from the other lines. Empty when every line is known. An unknown `productId` is
   * still a 404.
   */
  unknownIds: string[];
}

/** GET /api/recommendations/lists/:list */
export declare namespace GetList {
  interface Request {
    params: { list: ListName };
    query: {
      productId?: string;
      /**
       * Product ids, comma-separated: at most 1,000. A long basket does not fit in a URL (Node.js refuses request
       * headers over 16 KB by default): send it with POST /query.
       */
      basket?: string;
      userId?: string;
      sessionId?: string;
      /** A signed shopper identity (see shopper-token.ts); `userId` only from the shop's server. */
      shopperToken?: string;
      category?: string;
      /** 1 to 100, default 10. */
      limit?: string;
      /** Product ids not to show, comma-separated: at most 200. */
      exclude?: string;
    };
  }

  interface Response {
    data: Recommendation[];
    meta: ListMeta;
  }

  type ErrorBody = ErrorResponse;
}
