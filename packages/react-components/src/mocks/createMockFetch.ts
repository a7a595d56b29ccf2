import type { GetEditorial } from '@aisle/strapi-plugin/contracts/editorial';
import type { ErrorResponse } from '@aisle/strapi-plugin/contracts/errors';
import type { GetPlacement } from '@aisle/strapi-plugin/contracts/placements';
import type { QueryLists } from '@aisle/strapi-plugin/contracts/query';

import type { EditorialData, ListName, ListRequest, Recommendation, RecommendedProduct } from '../types';
import { catalog } from './catalog';

export interface MockApiOptions {
  /** The products of every list (default: the demo catalog, from an offset that depends on the list). */
  products?: RecommendedProduct[];
  /** Lists answered with no item. */
  empty?: ListName[];
  /** Editorial lists by slug; any other slug answers 404. */
  editorial?: Record<string, { title: string; products: RecommendedProduct[] }>;
  /** Placements by slot: each module shows a list (mock items, as for the list) under a heading; any other slot answers 404. */
  placements?: Record<
    string,
    {
      key: string;
      list: ListName;
      heading: string;
      variant?: string;
      limit?: number;
      layout?: 'carousel' | 'grid';
    }[]
  >;
  /** Every request answers this status with an error body. */
  status?: number;
  /** Answers wait until this promise settles (a never-settling one shows the loading state for good). */
  until?: Promise<unknown>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

export type MockFetch = typeof fetch & { requests: RecordedRequest[] };

const OFFSETS: Record<ListName, number> = {
  new: 12,
  'best-selling': 0,
  trending: 4,
  'people-also-like': 2,
  'frequently-bought-together': 5,
  'picks-for-you': 7,
  'recently-viewed': 9,
  similar: 3,
  'buy-again': 6,
};

function recommend(request: ListRequest, products: RecommendedProduct[]): Recommendation[] {
  const offset = OFFSETS[request.list] ?? 0;
  const count = Math.min(request.limit ?? 10, products.length);
  return Array.from({ length: count }, (_, index) => {
    const product = products[(offset + index) % products.length]!;
    const seed = catalog[index % catalog.length]!;
    return {
      product,
      score: 1 - index / 100,
      reasons:
        request.list === 'picks-for-you'
          ? [
              {
                kind: 'because-you-viewed' as const,
                productId: seed.id,
                text: `Because you viewed ${seed.title}`,
              },
            ]
          : request.list === 'buy-again'
            ? [{ kind: 'buy-again' as const, text: `You buy this every ~${7 * (index + 1)} days` }]
            : [
                {
                  kind: 'fallback' as const,
                  list: 'best-selling' as const,
                  text: 'Filled in from best-selling',
                },
              ],
      source: 'ai' as const,
    };
  });
}

/**
 * A `fetch` that answers like the plugin's storefront API (the shared contracts' shapes), from the demo
 * catalog, and records every request. Tests and stories pass it to `createClient`.
 */
export function createMockFetch(options: MockApiOptions = {}): MockFetch {
  const requests: RecordedRequest[] = [];
  const products = options.products ?? catalog;
  const known = new Set([...catalog, ...products].map((product) => product.id));
  const answer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  const mock = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://cms.test');
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({ method: init?.method ?? 'GET', path: url.pathname, body });
    await options.until;
    if (options.status) {
      const error: ErrorResponse = {
        data: null,
        error: {
          status: options.status,
          name: 'ApplicationError',
          message: 'the mock CMS failed on purpose',
        },
      };
      return answer(options.status, error);
    }
    if (url.pathname.endsWith('/api/recommendations/query')) {
      const response: QueryLists.Response = {
        data: (body as QueryLists.Request['body']).requests.map((request) => ({
          data: options.empty?.includes(request.list) ? [] : recommend(request, products),
          meta: {
            list: request.list,
            modelVersion: 3,
            // As the plugin does: basket ids the catalog does not have are named, each once.
            unknownIds: [...new Set(request.basket?.filter((id) => !known.has(id)))],
          },
        })),
      };
      return answer(200, response);
    }
    const slot = url.pathname.match(/\/api\/recommendations\/placements\/(.+)$/)?.[1];
    const placement = slot === undefined ? undefined : options.placements?.[decodeURIComponent(slot)];
    if (slot !== undefined && placement) {
      // As the plugin does: each product once on the slot, the page's own product left out.
      const shown = new Set([url.searchParams.get('productId')]);
      const response: GetPlacement.Response = {
        data: {
          slot,
          page: 'custom',
          modules: placement.map(({ key, list, heading, variant = 'a', limit = 4, layout = 'carousel' }) => {
            const items = recommend({ list, limit: limit + shown.size }, products)
              .filter((item) => !shown.has(item.product.id))
              .slice(0, limit);
            for (const item of items) shown.add(item.product.id);
            return {
              key,
              variant,
              test: false,
              heading,
              layout,
              list,
              placement: `${slot}:${key}:${variant}`,
              items,
            };
          }),
        },
        meta: { skipped: [] },
      };
      return answer(200, response);
    }
    const slug = url.pathname.match(/\/api\/recommendations\/editorial\/(.+)$/)?.[1];
    const editorial = slug === undefined ? undefined : options.editorial?.[decodeURIComponent(slug)];
    if (slug !== undefined && editorial) {
      const data: EditorialData = {
        slug: decodeURIComponent(slug),
        title: editorial.title,
        description: null,
        items: editorial.products.map((product) => ({ product, score: 1, reasons: [], source: 'editorial' })),
      };
      const response: GetEditorial.Response = { data };
      return answer(200, response);
    }
    const notFound: ErrorResponse = {
      data: null,
      error: { status: 404, name: 'NotFoundError', message: `no route ${url.pathname}` },
    };
    return answer(404, notFound);
  };
  return Object.assign(mock, { requests });
}
