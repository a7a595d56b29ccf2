import { categoryName } from '../catalog/categoryName.js';
import { isInCategory } from '../catalog/isInCategory.js';
import { DAY_MS } from '../model/Model.js';
import type { Candidate, ListContext } from './ListContext.js';

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
