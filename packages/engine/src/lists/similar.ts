import { itemToItemList } from './itemToItemList.js';
import type { Candidate, ListContext } from './ListContext.js';
import type { ListDescriptor } from './ListDescriptor.js';
import { TARGET_SHARES } from './readinessTargets.js';
import { shareRequirement } from './shareRequirement.js';

/** Similar products by their text, category, brand and tags: needs no interactions at all. */
export function similar(context: ListContext, pool: number): Candidate[] {
  const { catalog } = context.model;
  return itemToItemList(context, pool, context.model.content, (seed) => ({
    kind: 'similar-to',
    productId: catalog.ids[seed]!,
    text: `Similar to ${catalog.titles[seed]!}`,
  }));
}

export const similarList = {
  name: 'similar',
  heading: 'Similar products',
  summary: "products close in the catalog's own text, for a product page (new products too)",
  context: 'product',
  generate: similar,
  fallback: ['best-selling'],
  fallbackScope: 'seed-category',
  readiness: (facts) => ({
    items: Math.round(facts.coverage.content * facts.products),
    requirements: [
      { kind: 'content-fields', have: facts.mapped.content ? 1 : 0, need: 1, setting: true },
      shareRequirement('content-share', facts.coverage.content, TARGET_SHARES.content),
    ],
  }),
} as const satisfies ListDescriptor<'similar'>;
