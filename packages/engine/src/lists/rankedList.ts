import { categoryName } from '../catalog/categoryName.js';
import { isInCategory } from '../catalog/isInCategory.js';
import type { ReasonKind } from '../types.js';
import { getRanking } from './getRanking.js';
import type { Candidate, ListContext } from './ListContext.js';

/** Best-selling (then popular) or trending, optionally in a category, with a reason naming the category. */
export function rankedList(
  context: ListContext,
  pool: number,
  list: 'best-selling' | 'trending',
): Candidate[] {
  const { model, categoryNodes } = context;
  const ranking = getRanking(context, list);
  const kind: ReasonKind = list;
  const label = list === 'best-selling' ? 'Best seller' : 'Trending';
  const candidates: Candidate[] = [];
  for (let r = 0; r < ranking.items.length && candidates.length < pool; r++) {
    const item = ranking.items[r]!;
    if (categoryNodes && !isInCategory(model.catalog, item, categoryNodes)) continue;
    const category = context.categoryName ?? categoryName(model.catalog, item);
    const popular = r >= ranking.unsoldFrom;
    const text = popular ? 'Popular' : label;
    candidates.push({
      item,
      score: ranking.scores[r]!,
      reasons: [
        {
          kind: popular ? 'popular' : kind,
          text: category ? `${text} in ${category}` : text,
          ...(category ? { category } : {}),
        },
      ],
    });
  }
  return candidates;
}
