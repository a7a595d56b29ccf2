import { hasNeighbor } from './hasNeighbor.js';
import { itemToItemList } from './itemToItemList.js';
import type { Candidate, ListContext } from './ListContext.js';
import { neighborIndex } from './neighborIndex.js';
import type { ListDescriptor } from './ListDescriptor.js';
import { TARGET_SHARES } from './readinessTargets.js';
import { shareRequirement } from './shareRequirement.js';

/**
 * People also like: products the same shoppers viewed and bought, from the seed product (or the basket); a
 * product with little behaviour leans on its text, and such neighbours say "similar to".
 */
export function peopleAlsoLike(context: ListContext, pool: number): Candidate[] {
  const { model } = context;
  const { catalog } = model;
  return itemToItemList(context, pool, model.behaviour, (seed, item) => {
    const productId = catalog.ids[seed]!;
    const title = catalog.titles[seed]!;
    if (hasNeighbor(model.coPurchase, seed, item)) {
      return { kind: 'bought-with', productId, text: `Bought with ${title}` };
    }
    return model.behaviourFromContent[neighborIndex(model.behaviour, seed, item)] === 1
      ? { kind: 'similar-to', productId, text: `Similar to ${title}` }
      : { kind: 'viewed-with', productId, text: `Viewed with ${title}` };
  });
}

export const peopleAlsoLikeList = {
  name: 'people-also-like',
  heading: 'People also like',
  summary: 'products the same shoppers engaged with, for a product page',
  context: 'product',
  generate: peopleAlsoLike,
  fallback: ['similar', 'best-selling'],
  fallbackScope: 'seed-category',
  readiness: (facts) => ({
    items: Math.round(facts.coverage.behaviour * facts.products),
    requirements: [shareRequirement('related-share', facts.coverage.behaviour, TARGET_SHARES.related)],
  }),
} as const satisfies ListDescriptor<'people-also-like'>;
