import type { Core } from '@strapi/strapi';

import type { PlacementInput } from '@aisle/strapi-plugin/contracts/placements';

const demoModule = (
  key: string,
  source: PlacementInput['modules'][number]['variants'][number]['source'],
  heading: string,
  scope: PlacementInput['modules'][number]['scope'] = null,
  layout: PlacementInput['modules'][number]['layout'] = 'carousel',
) => ({
  key,
  variants: [{ key: 'a', source, heading, share: 100 }],
  limit: 12,
  layout,
  scope,
  startsAt: null,
  endsAt: null,
});

/**
 * The demo store's slots, composed as its pages looked before merchandisers could change them: the home page's
 * editorial list (shown while one with the slug `home` is published, under its own title), then new arrivals,
 * best sellers and what is trending; what is trending in a category page's category; people also like, then
 * similar products of the product's own category, below a product's bundle; best sellers in the cart (below its
 * bundle, or alone when it is empty); buy it again and picks for you on the shopper's own page, below recently
 * viewed. Published; a slot that exists is left as the merchandisers made it.
 */
export const DEMO_PLACEMENTS: PlacementInput[] = [
  {
    slot: 'home',
    name: 'Home page, below the banner',
    page: 'home',
    status: 'published',
    modules: [
      demoModule('editorial', { editorial: 'home' }, ''),
      demoModule('new', { list: 'new' }, 'New arrivals'),
      demoModule('best-selling', { list: 'best-selling' }, 'Best selling'),
      demoModule('trending', { list: 'trending' }, 'Trending'),
    ],
  },
  {
    slot: 'category',
    name: 'Category page, above the products',
    page: 'category',
    status: 'published',
    modules: [
      demoModule('trending', { list: 'trending' }, 'Trending in {category}', { currentCategory: true }),
    ],
  },
  {
    slot: 'product',
    name: 'Product page, below the bundle',
    page: 'product',
    status: 'published',
    modules: [
      demoModule('also', { list: 'people-also-like' }, 'People also like'),
      // Of the product's own category: below a list that took its closest products, the next ones by text
      // would be other aisles' (a speaker "similar" to a smart watch through its brand).
      demoModule('similar', { list: 'similar' }, 'Similar products', { currentCategory: true }),
    ],
  },
  {
    slot: 'cart',
    name: 'Cart, below the basket',
    page: 'cart',
    status: 'published',
    modules: [demoModule('best-selling', { list: 'best-selling' }, 'Our best sellers')],
  },
  {
    slot: 'for-you',
    name: 'For you, below recently viewed',
    page: 'for-you',
    status: 'published',
    modules: [
      demoModule('buy-again', { list: 'buy-again' }, 'Buy it again'),
      demoModule('picks', { list: 'picks-for-you' }, 'Picks for you', null, 'grid'),
    ],
  },
];

/** Creates the demo's placements that do not exist yet; answers how many it created. */
export async function seedPlacements(strapi: Core.Strapi): Promise<number> {
  const placements = strapi.plugin('recommendations').service('placements') as {
    create(input: PlacementInput): Promise<unknown>;
  };
  let created = 0;
  for (const placement of DEMO_PLACEMENTS) {
    if ((await placements.create(placement)) !== null) created += 1;
  }
  return created;
}
