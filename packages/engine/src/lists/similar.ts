import { itemToItemList } from './itemToItemList.js';
import type { Candidate, ListContext } from './ListContext.js';

/** Similar products by their text, category, brand and tags: needs no interactions at all. */
export function similar(context: ListContext, pool: number): Candidate[] {
  const { catalog } = context.model;
  return itemToItemList(context, pool, context.model.content, (seed) => ({
    kind: 'similar-to',
    productId: catalog.ids[seed]!,
    text: `Similar to ${catalog.titles[seed]!}`,
  }));
}
