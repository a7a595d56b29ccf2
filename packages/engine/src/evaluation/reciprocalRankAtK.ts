import { checkK } from './checkK.js';

/** 1 / rank of the first relevant item among the first `k` recommendations, 0 if none; its mean is MRR@k. */
export function reciprocalRankAtK(
  recommended: readonly string[],
  relevant: ReadonlySet<string>,
  k: number,
): number {
  checkK(k);
  const end = Math.min(k, recommended.length);
  for (let i = 0; i < end; i++) if (relevant.has(recommended[i]!)) return 1 / (i + 1);
  return 0;
}
