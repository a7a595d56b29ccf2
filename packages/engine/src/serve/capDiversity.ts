import type { CatalogIndex } from '../catalog/CatalogIndex.js';
import type { RuleEffect } from '../types.js';
import type { Entry } from './Entry.js';
import type { ResolvedRules } from './ResolvedRules.js';

/** Leaves out, best first, the products over the cap of their brand or category. */
export function capDiversity(
  catalog: CatalogIndex,
  entries: Entry[],
  diversity: ResolvedRules['diversity'],
  effects: RuleEffect[],
): Entry[] {
  if (diversity === undefined) return entries;
  const { maxPerBrand, maxPerCategory } = diversity.rule;
  if (maxPerBrand === undefined && maxPerCategory === undefined) return entries;
  const perBrand = new Map<number, number>();
  const perCategory = new Map<number, number>();
  return entries.filter((entry) => {
    const brand = catalog.productBrand[entry.item]!;
    const category = catalog.productCategory[entry.item]!;
    const brandCount = brand >= 0 ? (perBrand.get(brand) ?? 0) : 0;
    const categoryCount = category >= 0 ? (perCategory.get(category) ?? 0) : 0;
    if (
      (maxPerBrand !== undefined && brand >= 0 && brandCount >= maxPerBrand) ||
      (maxPerCategory !== undefined && category >= 0 && categoryCount >= maxPerCategory)
    ) {
      effects.push({
        ruleSetId: diversity.owner,
        action: 'diversity',
        productId: catalog.ids[entry.item]!,
        detail: `${catalog.titles[entry.item]} left out: too many of one brand or category`,
      });
      return false;
    }
    if (brand >= 0) perBrand.set(brand, brandCount + 1);
    if (category >= 0) perCategory.set(category, categoryCount + 1);
    return true;
  });
}
