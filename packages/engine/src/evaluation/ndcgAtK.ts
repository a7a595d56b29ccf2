import { checkK } from './checkK.js';

/**
 * Normalised discounted cumulative gain with binary relevance: a hit at rank r (1-based) gains 1 / log2(r + 1),
 * and the sum is divided by the gain of an ideal list, which puts min(k, |relevant|) hits first.
 * 0 when nothing is relevant.
 */
export function ndcgAtK(recommended: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  checkK(k);
  if (relevant.size === 0) return 0;
  let dcg = 0;
  const end = Math.min(k, recommended.length);
  for (let i = 0; i < end; i++) if (relevant.has(recommended[i]!)) dcg += 1 / Math.log2(i + 2);
  let ideal = 0;
  const hits = Math.min(k, relevant.size);
  for (let i = 0; i < hits; i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}
