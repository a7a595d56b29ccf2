import { isInCategory } from '../catalog/isInCategory.js';
import type { ListContext } from '../lists/ListContext.js';
import { getUserProfile } from '../lists/getUserProfile.js';
import { matchesProduct } from '../rules/matchesProduct.js';
import type { ListFilters } from '../types.js';
import type { ResolvedRules } from './ResolvedRules.js';
import type { RuledOut, Screen } from './Screen.js';

/**
 * The checks every served product passes: not a seed nor excluded by the request, in the request's category
 * when it names one, not bought (lists that hide purchases), available, through every filter, matched by no
 * exclusion. The category is checked here, for every list: the counter lists read only its products anyway,
 * but the item-to-item lists (similar, people also like, ...) generate from the seed's neighbours, wherever
 * they are, and a placement scoped to a page's category must not show a speaker as "similar" to a watch.
 */
export function createScreen(
  context: ListContext,
  rules: ResolvedRules,
  requestExclude: readonly string[],
  hidesPurchased: boolean,
): Screen {
  const { model, runtime } = context;
  const { catalog } = model;
  const scope = context.categoryNodes;
  const excluded = new Set<number>(context.seeds);
  for (const id of requestExclude) {
    const item = runtime.productIndex.get(id);
    if (item !== undefined) excluded.add(item);
  }
  // What the shopper bought (often a hundred products) is marked in a per-product array stamped for this
  // request, which costs one write a product instead of a Set entry.
  const { marks } = runtime.scratch;
  if (runtime.markStamp === 0xffffffff) {
    marks.fill(0);
    runtime.markStamp = 0;
  }
  const stamp = ++runtime.markStamp;
  if (hidesPurchased && !context.includePurchased) {
    for (const item of getUserProfile(context).consumed) marks[item] = stamp;
  }
  const passes = (filter: ListFilters, item: number): boolean =>
    (filter.category === undefined ||
      isInCategory(catalog, item, runtime.categoryIndex.get(filter.category.toLowerCase()) ?? [])) &&
    (filter.brand === undefined || matchesProduct(model, runtime, item, { brand: filter.brand })) &&
    (filter.minPrice === undefined || catalog.price[item]! >= filter.minPrice) &&
    (filter.maxPrice === undefined || catalog.price[item]! <= filter.maxPrice);
  const screen: Screen = {
    effects: [],
    blocked: (item) =>
      excluded.has(item) || marks[item] === stamp || (scope !== null && !isInCategory(catalog, item, scope)),
    ruledOut: (item, record) => {
      let verdict: RuledOut & { action: 'exclude' | 'filter' };
      let detail: string;
      const exclusion = rules.exclusions.find(({ rule }) => matchesProduct(model, runtime, item, rule));
      if (exclusion !== undefined) {
        verdict = { owner: exclusion.owner, action: 'exclude' };
        detail = `${catalog.titles[item]} excluded`;
      } else if (rules.availableOnly && !catalog.available[item]) {
        return { owner: 'request', action: 'unavailable' };
      } else {
        const filter = rules.filters.find(({ rule }) => !passes(rule, item));
        if (filter === undefined) return null;
        verdict = { owner: filter.owner, action: 'filter' };
        detail = `${catalog.titles[item]} left out by a filter`;
        // The request's own filters are what was asked, not a merchandiser's rule: nothing to report.
        if (filter === rules.filters[0]) record = false;
      }
      if (record) {
        screen.effects.push({
          ruleSetId: verdict.owner,
          action: verdict.action,
          productId: catalog.ids[item]!,
          detail,
        });
      }
      return verdict;
    },
  };
  return screen;
}
