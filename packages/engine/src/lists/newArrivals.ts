import { categoryName } from '../catalog/categoryName.js';
import { isInCategory } from '../catalog/isInCategory.js';
import { DAY_MS } from '../model/Model.js';
import type { Candidate, ListContext } from './ListContext.js';
import type { ListDescriptor } from './ListDescriptor.js';
import { MIN_LIST_PRODUCTS } from './readinessTargets.js';

/** New: products launched in the window (and not in the future), newest first. */
export function newArrivals(context: ListContext, pool: number): Candidate[] {
  const { model, categoryNodes, now } = context;
  const window = model.config.windows.newDays * DAY_MS;
  const candidates: Candidate[] = [];
  for (let r = 0; r < model.newest.length && candidates.length < pool; r++) {
    const item = model.newest[r]!;
    const age = now - model.catalog.launchedAt[item]!;
    if (age < 0) continue;
    if (age > window) break;
    if (categoryNodes && !isInCategory(model.catalog, item, categoryNodes)) continue;
    const category = context.categoryName ?? categoryName(model.catalog, item);
    candidates.push({
      item,
      score: 1 - age / window,
      reasons: [
        { kind: 'new', text: category ? `New in ${category}` : 'New', ...(category ? { category } : {}) },
      ],
    });
  }
  return candidates;
}

export const newArrivalsList = {
  name: 'new',
  heading: 'New arrivals',
  summary: 'products launched in the last days of the window, newest first',
  context: 'none',
  generate: newArrivals,
  fallback: [],
  readiness: (facts) => {
    const found = facts.ownItems('new');
    return {
      items: found,
      requirements: [
        { kind: 'launch-date-field', have: facts.mapped.launchDate ? 1 : 0, need: 1, setting: true },
        {
          kind: 'launched-products',
          have: found,
          need: MIN_LIST_PRODUCTS,
          days: facts.config.windows.newDays,
        },
      ],
    };
  },
} as const satisfies ListDescriptor<'new'>;
