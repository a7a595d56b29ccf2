import { checkK } from './checkK.js';

/** 1 when at least one of the first `k` recommendations is relevant, else 0; its mean is the hit rate@k. */
export function hitRate(recommended: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  checkK(k);
  const end = Math.min(k, recommended.length);
  for (let i = 0; i < end; i++) if (relevant.has(recommended[i]!)) return 1;
  return 0;
}
