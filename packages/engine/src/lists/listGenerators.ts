import type { ListName } from '../types.js';
import { bestSelling } from './bestSelling.js';
import { frequentlyBoughtTogether } from './frequentlyBoughtTogether.js';
import type { ListGenerator } from './ListContext.js';
import { newArrivals } from './newArrivals.js';
import { peopleAlsoLike } from './peopleAlsoLike.js';
import { picksForYou } from './picksForYou.js';
import { recentlyViewed } from './recentlyViewed.js';
import { similar } from './similar.js';
import { trending } from './trending.js';

/** Every list, by name. Adding a list: write its generator, add it to LIST_NAMES and here. */
export const LIST_GENERATORS: Record<ListName, ListGenerator> = {
  new: newArrivals,
  'best-selling': bestSelling,
  trending,
  'people-also-like': peopleAlsoLike,
  'frequently-bought-together': frequentlyBoughtTogether,
  'picks-for-you': picksForYou,
  'recently-viewed': recentlyViewed,
  similar,
};
