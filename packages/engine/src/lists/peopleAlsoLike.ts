import { hasNeighbor } from './hasNeighbor.js';
import { itemToItemList } from './itemToItemList.js';
import type { Candidate, ListContext } from './ListContext.js';
import { neighborIndex } from './neighborIndex.js';

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
