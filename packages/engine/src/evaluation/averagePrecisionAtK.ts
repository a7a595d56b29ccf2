import { checkK } from './checkK.js';

/**
 * Average precision at k: the precision at the rank of each hit in the first `k`, summed and divided by
 * min(k, |relevant|), the most hits the list could hold. Its mean over users is MAP@k. 0 when nothing is relevant.
 */
export function averagePrecisionAtK(
  recommended: readonly string[],
  relevant: ReadonlySet<string>,
  k: number,
): number {
  checkK(k);
  if (relevant.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  const end = Math.min(k, recommended.length);
  for (let i = 0; i < end; i++) {
    if (relevant.has(recommended[i]!)) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / Math.min(k, relevant.size);
}
