import { hasNeighbor } from './hasNeighbor.js';
import { itemToItemList } from './itemToItemList.js';
import type { Candidate, ListContext } from './ListContext.js';

/** People also like: products the same shoppers viewed and bought, from the seed product (or the basket). */
export function peopleAlsoLike(context: ListContext, pool: number): Candidate[] {
  const { model } = context;
  const { catalog } = model;
  return itemToItemList(context, pool, model.behaviour, (seed, item) =>
    hasNeighbor(model.coPurchase, seed, item)
      ? { kind: 'bought-with', productId: catalog.ids[seed]!, text: `Bought with ${catalog.titles[seed]!}` }
      : { kind: 'viewed-with', productId: catalog.ids[seed]!, text: `Viewed with ${catalog.titles[seed]!}` },
  );
}
