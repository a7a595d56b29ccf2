import { checkK } from './checkK.js';

/** Share of the relevant items found in the first `k` recommendations; 0 when nothing is relevant. */
export function recallAtK(recommended: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  checkK(k);
  if (relevant.size === 0) return 0;
  let hits = 0;
  const end = Math.min(k, recommended.length);
  for (let i = 0; i < end; i++) if (relevant.has(recommended[i]!)) hits++;
  return hits / relevant.size;
}
