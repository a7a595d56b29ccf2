import { bestSellingList } from './bestSelling.js';
import { buyAgainList } from './buyAgain.js';
import { frequentlyBoughtTogetherList } from './frequentlyBoughtTogether.js';
import type { ListDescriptor } from './ListDescriptor.js';
import { newArrivalsList } from './newArrivals.js';
import { peopleAlsoLikeList } from './peopleAlsoLike.js';
import { picksForYouList } from './picksForYou.js';
import { recentlyViewedList } from './recentlyViewed.js';
import { similarList } from './similar.js';
import { trendingList } from './trending.js';

/**
 * Every list the engine serves, in the order people are shown them. Adding a list is writing its file in this
 * folder (see `ListDescriptor`) and naming it here: its name, the configuration's fallback chains, request
 * validation, the CLI, the bench and the Strapi plugin all derive from this array.
 */
export const LISTS = [
  newArrivalsList,
  bestSellingList,
  trendingList,
  peopleAlsoLikeList,
  frequentlyBoughtTogetherList,
  picksForYouList,
  recentlyViewedList,
  similarList,
  buyAgainList,
] as const satisfies readonly ListDescriptor[];

export type ListName = (typeof LISTS)[number]['name'];

/** The names, as a non-empty tuple (what schema libraries' enums take). */
export const LIST_NAMES = LISTS.map((list) => list.name) as readonly ListName[] as readonly [
  ListName,
  ...ListName[],
];

const BY_NAME = new Map<string, ListDescriptor<ListName>>(LISTS.map((list) => [list.name, list]));

/** The descriptor of a list by name; throws on a name that is not a list (validate requests first). */
export function getList(name: ListName): ListDescriptor<ListName> {
  const list = BY_NAME.get(name);
  if (list === undefined) throw new Error(`"${name}" is not a list`);
  return list;
}

/** Whether `name` is one of the engine's lists. */
export function isListName(name: unknown): name is ListName {
  return typeof name === 'string' && BY_NAME.has(name);
}

for (const list of LISTS) {
  for (const fallback of list.fallback) {
    if (!BY_NAME.has(fallback))
      throw new Error(`list "${list.name}" falls back to "${fallback}", which is not a list`);
  }
}
