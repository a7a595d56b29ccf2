import type { FetchClient } from '@strapi/strapi/admin';

import type { GetCatalogFacets, SearchProducts } from '../../../shared/contracts/products';

/** The catalog as the plugin maps it: GET /recommendations/products and /products/facets. */
export const productsApi = {
  search(client: FetchClient, query: string, limit: number, signal?: AbortSignal) {
    return client
      .get<SearchProducts.Response>('/recommendations/products', {
        params: { q: query, limit: String(limit) },
        signal,
      })
      .then((response) => response.data);
  },

  /** The products of `ids` in their order (ids gone from the catalog are left out). */
  byIds(client: FetchClient, ids: string[], signal?: AbortSignal) {
    if (ids.length === 0) return Promise.resolve({ data: [], meta: { total: 0 } });
    return client
      .get<SearchProducts.Response>('/recommendations/products', { params: { ids: ids.join(',') }, signal })
      .then((response) => response.data);
  },

  facets(client: FetchClient, signal?: AbortSignal) {
    return client
      .get<GetCatalogFacets.Response>('/recommendations/products/facets', { signal })
      .then((response) => response.data.data);
  },
};
