import { checkK } from './checkK.js';

/**
 * Share of the first `k` recommendations that are relevant, over `k` (not over the list's length, so a short
 * list is penalised as in Microsoft Recommenders). `recommended` holds no duplicates.
 */
export function precisionAtK(
  recommended: readonly string[],
  relevant: ReadonlySet<string>,
  k: number,
): number {
  checkK(k);
  let hits = 0;
  const end = Math.min(k, recommended.length);
  for (let i = 0; i < end; i++) if (relevant.has(recommended[i]!)) hits++;
  return hits / k;
}
