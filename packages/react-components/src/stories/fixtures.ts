import { catalog } from '../mocks/catalog';
import type { MockApiOptions } from '../mocks/createMockFetch';
import type { ListName, RecommendedProduct } from '../types';

const LONG = [
  'Extra-long hand-woven merino wool scarf in forest green with knotted fringes, made in a small Portuguese mill',
  'Ceramic pour-over coffee dripper with a double-wall glass carafe, a bamboo lid and a hundred paper filters',
  'Supercalifragilisticexpialidociouslylongunbreakableproductnamewithoutanyspaces',
];

/** Products whose titles are too long for two lines, one of them without a place to break. */
export const longTitles: RecommendedProduct[] = catalog.map((product, index) => ({
  ...product,
  title: LONG[index % LONG.length]!,
  price: 1234567.89 + index,
}));

/** 48 products (the demo catalog three times over, with ids of their own). */
export const manyProducts: RecommendedProduct[] = Array.from({ length: 48 }, (_, index) => ({
  ...catalog[index % catalog.length]!,
  id: `m${index + 1}`,
  title: `${catalog[index % catalog.length]!.title} #${index + 1}`,
}));

/** The mock CMS's settings for each state a story shows. */
export const apiFor = {
  loading: { until: new Promise(() => undefined) } satisfies MockApiOptions,
  error: { status: 500 } satisfies MockApiOptions,
  empty: (list: ListName): MockApiOptions => ({ empty: [list] }),
  longTitles: { products: longTitles } satisfies MockApiOptions,
  manyItems: { products: manyProducts } satisfies MockApiOptions,
};
