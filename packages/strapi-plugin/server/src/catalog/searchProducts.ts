import type { RecommendedProduct } from '../../../shared/contracts/lists';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The products whose title, id, brand or category contain every word of `query`, best first: a title starting
 * with the query, then a title containing it, then the rest; ties keep the catalog's order.
 */
export function searchProducts(
  products: Iterable<RecommendedProduct>,
  query: string,
  limit: number,
): { items: RecommendedProduct[]; total: number } {
  const phrase = fold(query.trim());
  const words = phrase.split(/\s+/).filter((word) => word.length > 0);
  const ranked: { product: RecommendedProduct; rank: number }[] = [];
  for (const product of products) {
    const title = fold(product.title);
    const text = [
      title,
      fold(product.id),
      fold(product.brand ?? ''),
      ...(product.category ?? []).map(fold),
    ].join(' ');
    if (words.every((word) => text.includes(word))) {
      ranked.push({ product, rank: title.startsWith(phrase) ? 0 : title.includes(phrase) ? 1 : 2 });
    }
  }
  // Array.prototype.sort is stable, so equal ranks keep the catalog's order.
  ranked.sort((a, b) => a.rank - b.rank);
  return { items: ranked.slice(0, limit).map((entry) => entry.product), total: ranked.length };
}
