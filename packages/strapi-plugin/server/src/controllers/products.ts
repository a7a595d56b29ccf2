import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import type { GetCatalogFacets, SearchProducts } from '../../../shared/contracts/products';
import type { RecommendedProduct } from '../../../shared/contracts/lists';
import { catalogFacets } from '../catalog/catalogFacets';
import { searchProducts } from '../catalog/searchProducts';
import type { RequestContext } from '../utils/RequestContext';
import { answerUnavailable } from '../utils/answerUnavailable';
import { getService } from '../utils/getService';
import { parseInput } from '../validation/parseInput';

const searchQuerySchema = z
  .object({
    q: z.string().max(200),
    ids: z
      .string()
      .max(20_000)
      .transform((value) => value.split(',').map((id) => id.trim()))
      .pipe(z.array(z.string().min(1).max(200)).max(100)),
    limit: z
      .string()
      .regex(/^\d+$/, 'expected a whole number from 1 to 50')
      .transform(Number)
      .pipe(z.number().int().min(1).max(50)),
  })
  .partial()
  .strict();

/** The catalog as the admin's pickers see it: read through the plugin's field mapping, like the storefront. */
export const productsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(ctx: RequestContext) {
    const { q = '', ids, limit = 20 } = parseInput(searchQuerySchema, ctx.query);
    await answerUnavailable(ctx, async () => {
      const { products } = await getService(strapi, 'catalog').get();
      let body: SearchProducts.Response;
      if (ids !== undefined) {
        // Ids no longer in the catalog are left out: the editor shows them as missing.
        const found = ids
          .map((id) => products.get(id))
          .filter((product): product is RecommendedProduct => product !== undefined);
        body = { data: found, meta: { total: found.length } };
      } else {
        const { items, total } = searchProducts(products.values(), q, limit);
        body = { data: items, meta: { total } };
      }
      ctx.body = body;
    });
  },

  async facets(ctx: RequestContext) {
    await answerUnavailable(ctx, async () => {
      const { products } = await getService(strapi, 'catalog').get();
      const body: GetCatalogFacets.Response = { data: catalogFacets(products.values()) };
      ctx.body = body;
    });
  },
});
