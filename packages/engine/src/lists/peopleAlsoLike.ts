import type { Candidate, ListContext } from './ListContext.js';
import { scoreFromSeeds } from './scoreFromSeeds.js';
import { hasNeighbor } from './hasNeighbor.js';

/** People also like: products the same shoppers viewed and bought, from the seed product (or the basket). */
export function peopleAlsoLike(context: ListContext, pool: number): Candidate[] {
  const { model, seeds } = context;
  const { items, scores, via } = scoreFromSeeds(
    context,
    model.behaviour,
    seeds,
    seeds.map(() => 1),
    pool,
  );
  return items.map((item, r) => {
    const seed = via[r]!;
    const bought = hasNeighbor(model.coPurchase, seed, item);
    const title = model.catalog.titles[seed]!;
    return {
      item,
      score: scores[r]!,
      reasons: [
        bought
          ? { kind: 'bought-with', productId: model.catalog.ids[seed]!, text: `Bought with ${title}` }
          : { kind: 'viewed-with', productId: model.catalog.ids[seed]!, text: `Viewed with ${title}` },
      ],
    };
  });
}
