import type { Candidate, ListContext } from './ListContext.js';
import { scoreFromSeeds } from './scoreFromSeeds.js';

/** Similar products by their text, category, brand and tags: needs no interactions at all. */
export function similar(context: ListContext, pool: number): Candidate[] {
  const { model, seeds } = context;
  const { items, scores, via } = scoreFromSeeds(
    context,
    model.content,
    seeds,
    seeds.map(() => 1),
    pool,
  );
  return items.map((item, r) => ({
    item,
    score: scores[r]!,
    reasons: [
      {
        kind: 'similar-to',
        productId: model.catalog.ids[via[r]!]!,
        text: `Similar to ${model.catalog.titles[via[r]!]!}`,
      },
    ],
  }));
}
