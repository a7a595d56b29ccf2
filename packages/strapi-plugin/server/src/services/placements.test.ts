import type { RecommendRequest } from '@aisle/engine';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describe, expect, it } from 'vitest';

import type { Recommendation } from '../../../shared/contracts/lists';
import type { Placement, PlacementModule } from '../../../shared/contracts/placements';
import type { PluginServices } from './Collaborators';
import { createPlacementsService } from './placements';

// In-memory collaborators: a catalog of eight products in two categories, editorial lists by slug, and a model
// that ranks the catalog in a fixed order (a naive oracle of what the real one does with exclude, category, limit).
const CATEGORY: Record<string, string[]> = {
  p1: ['Home', 'Kitchen'],
  p2: ['Home', 'Kitchen'],
  p3: ['Home', 'Kitchen'],
  p4: ['Home', 'Kitchen'],
  p5: ['Garden'],
  p6: ['Garden'],
  p7: ['Garden'],
  p8: ['Garden'],
};
const RANKING = ['p5', 'p1', 'p6', 'p2', 'p7', 'p3', 'p8', 'p4'];
const item = (id: string): Recommendation => ({
  product: {
    id,
    documentId: id,
    title: id,
    price: 1,
    currency: 'EUR',
    available: true,
    category: CATEGORY[id],
  },
  score: 1,
  reasons: [],
  source: 'ai',
});

function service(editorial: Record<string, string[]> = {}) {
  const requests: RecommendRequest[] = [];
  const deps = {
    catalog: {
      get: async () => ({
        products: new Map(Object.entries(CATEGORY).map(([id, category]) => [id, { category }])),
      }),
    },
    editorial: {
      serve: async (slug: string) => {
        if (!(slug in editorial))
          throw new errors.NotFoundError(`editorial list "${slug}" is not published now`);
        return { title: `Title of ${slug}`, items: editorial[slug]!.map(item) };
      },
    },
    model: {
      serve: async (request: RecommendRequest) => {
        requests.push(request);
        const ids = RANKING.filter(
          (id) =>
            !(request.exclude ?? []).includes(id) &&
            (request.category === undefined || CATEGORY[id]!.includes(request.category)),
        );
        return { items: ids.slice(0, request.limit).map(item) };
      },
    },
  } as unknown as Pick<PluginServices, 'catalog' | 'editorial' | 'model'>;
  // Only the stored placements use the database; previews do not.
  return { placements: createPlacementsService({ strapi: {} as Core.Strapi, deps }), requests };
}

const moduleOf = (
  key: string,
  variants: PlacementModule['variants'],
  extra: Partial<PlacementModule> = {},
) => ({
  key,
  variants,
  limit: 2,
  layout: 'carousel' as const,
  scope: null,
  startsAt: null,
  endsAt: null,
  ...extra,
});
const one = (list: string, heading = '') =>
  [
    {
      key: 'a',
      source: list.startsWith('editorial:') ? { editorial: list.slice(10) } : { list },
      heading,
      share: 100,
    },
  ] as PlacementModule['variants'];
const slot = (modules: PlacementModule[]): Pick<Placement, 'slot' | 'page' | 'modules'> => ({
  slot: 'test',
  page: 'product',
  modules,
});
const ids = (module: { items: Recommendation[] }) => module.items.map((entry) => entry.product.id);

describe('the placements service (in-memory collaborators)', () => {
  it("fills modules in order, each product once, never the page's own, headings naming the page's category", async () => {
    const { placements } = service({ kit: ['p2', 'p5', 'p8'] });
    const served = await placements.preview(
      slot([
        moduleOf('kit', one('editorial:kit')),
        moduleOf('best', one('best-selling', 'Best')),
        moduleOf('here', one('trending', 'Trending in {category}'), { scope: { currentCategory: true } }),
      ]),
      { productId: 'p1' },
    );
    expect(served.data.modules.map((module) => [module.key, module.heading, ids(module)])).toEqual([
      ['kit', 'Title of kit', ['p2', 'p5']],
      ['best', 'Best', ['p6', 'p7']],
      ['here', 'Trending in Kitchen', ['p3', 'p4']],
    ]);
    expect(served.meta.skipped).toEqual([]);
  });

  it('skips what cannot be served, naming why, and serves the rest', async () => {
    const { placements } = service();
    const served = await placements.preview(
      slot([
        moduleOf('gone', one('editorial:gone')),
        moduleOf('also', one('people-also-like')),
        moduleOf('all', one('best-selling'), { limit: 8 }),
        moduleOf('nothing-left', one('trending')),
      ]),
      {},
    );
    expect(served.data.modules.map((module) => module.key)).toEqual(['all']);
    expect(served.meta.skipped).toEqual([
      { module: 'gone', reason: 'editorial list "gone" is not published now' },
      { module: 'also', reason: "people-also-like needs the page's product" },
      { module: 'nothing-left', reason: 'trending has nothing to show here' },
    ]);
  });

  it('shows a scheduled module only in its window, and the chosen variant of a test', async () => {
    const { placements } = service();
    const tested = moduleOf('test', [
      { key: 'a', source: { list: 'best-selling' }, heading: 'A', share: 50 },
      { key: 'b', source: { list: 'new' }, heading: 'B', share: 50 },
    ]);
    const campaign = moduleOf('campaign', one('trending', 'Sale'), {
      startsAt: '2030-01-01T00:00:00.000Z',
      endsAt: '2030-02-01T00:00:00.000Z',
    });
    const headings = async (options: Parameters<typeof placements.preview>[2], userKey?: string) =>
      (
        await placements.preview(slot([tested, campaign]), userKey ? { userKey } : {}, options)
      ).data.modules.map((module) => module.heading);
    expect(await headings({ now: Date.parse('2029-12-31T23:59:59Z') })).toEqual(['A']);
    expect(await headings({ now: Date.parse('2030-01-01T00:00:00Z') })).toEqual(['A', 'Sale']);
    expect(await headings({ now: Date.parse('2030-02-01T00:00:00Z'), variants: { test: 'b' } })).toEqual([
      'B',
    ]);
    // A shopper gets their own variant, the same every time; without a shopper, the first.
    const drawn = new Set<string>();
    for (let shopper = 0; shopper < 40; shopper++) {
      const first = await headings({}, `shopper-${shopper}`);
      expect(await headings({}, `shopper-${shopper}`)).toEqual(first);
      drawn.add(first[0]!);
    }
    expect([...drawn].sort()).toEqual(['A', 'B']);
  });

  it('asks the model for each list with the page, the shopper and what is already shown', async () => {
    const { placements, requests } = service();
    await placements.preview(
      slot([
        moduleOf('fbt', one('frequently-bought-together')),
        moduleOf('garden', one('best-selling'), { scope: { category: 'Garden' } }),
      ]),
      { basket: ['p5', 'p1'], userKey: 'u9' },
    );
    expect(requests).toEqual([
      {
        list: 'frequently-bought-together',
        limit: 2,
        exclude: ['p5', 'p1'],
        basket: ['p5', 'p1'],
        userId: 'u9',
      },
      { list: 'best-selling', limit: 2, exclude: ['p5', 'p1', 'p6', 'p2'], userId: 'u9', category: 'Garden' },
    ]);
  });
});
