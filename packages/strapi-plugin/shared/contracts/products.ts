import type { ErrorResponse } from './errors';
import type { RecommendedProduct } from './lists';

/** GET /recommendations/products?q=&ids=&limit= */
export declare namespace SearchProducts {
  interface Request {
    query: {
      /** Words the title, id, brand or category must all contain (case- and accent-insensitive); at most 200 characters. */
      q?: string;
      /** Catalog ids, comma-separated (at most 100): these products, in this order, instead of a search. */
      ids?: string;
      /** 1 to 50, default 20. */
      limit?: string;
    };
  }

  /** Products as the storefront gets them (mapped through the plugin's field mapping); `total` counts every match. */
  interface Response {
    data: RecommendedProduct[];
    meta: { total: number };
  }

  type ErrorBody = ErrorResponse;
}

/** The categories, brands and tags of the catalog, for the pickers of rules and filters. */
export interface CatalogFacets {
  /** Every category name at any level of a path, sorted. */
  categories: string[];
  brands: string[];
  tags: string[];
  /** The lowest and highest price; null without priced products. */
  price: { min: number; max: number } | null;
}

/** GET /recommendations/products/facets */
export declare namespace GetCatalogFacets {
  interface Response {
    data: CatalogFacets;
  }

  type ErrorBody = ErrorResponse;
}
