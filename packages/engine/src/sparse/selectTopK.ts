import { bucketTopK } from './bucketTopK.js';
import { heapTopK } from './heapTopK.js';
import { kthLargest } from './kthLargest.js';

/** Scratch space of the select-then-sort path, grown on demand and reused (the engine is single-threaded). */
let values = new Float64Array(1024);
let ties = new Uint32Array(1024);
let chosen = new Uint32Array(1024);

/**
 * Writes into `out` the indexes (taken from `candidates[0..count)`) of the k highest `scores`, best first;
 * ties go to the smaller index so results are deterministic. Returns how many were written.
 * Few candidates per slot are ranked directly; many (a product's whole row during training) first find the
 * k-th best score by selection, O(count), so that only the k winners are ranked. Ranking is a bounded
 * min-heap (O(count log k)) for small k, and by buckets of the scores' bits (`bucketTopK`, O(count) plus
 * insertion within buckets) from k = 32 on. Comparisons are written out (no closure): this runs for every
 * product during training.
 */
export function selectTopK(
  candidates: Uint32Array,
  count: number,
  scores: Float64Array,
  k: number,
  out: Uint32Array,
): number {
  if (k <= 0) return 0;
  if (count <= 4 * k) return rankTopK(candidates, count, scores, k, out);
  if (values.length < count) {
    values = new Float64Array(Math.max(count, values.length * 2));
    ties = new Uint32Array(values.length);
  }
  if (chosen.length < k) chosen = new Uint32Array(Math.max(k, chosen.length * 2));
  for (let c = 0; c < count; c++) values[c] = scores[candidates[c]!]!;
  const threshold = kthLargest(values, count, k);
  // Fewer than k score above the threshold and at least k reach it; ties at it go to the smaller indexes.
  let above = 0;
  let tied = 0;
  for (let c = 0; c < count; c++) {
    const item = candidates[c]!;
    const score = scores[item]!;
    if (score > threshold) chosen[above++] = item;
    else if (score === threshold) ties[tied++] = item;
  }
  const fromTies = k - above;
  if (tied > fromTies) ties.subarray(0, tied).sort();
  for (let t = 0; t < fromTies; t++) chosen[above + t] = ties[t]!;
  return rankTopK(chosen, k, scores, k, out);
}

/** Below this k the heap's log k is short enough; from it on, buckets rank with fewer mispredicted branches. */
const BUCKET_MIN_K = 32;

function rankTopK(
  candidates: Uint32Array,
  count: number,
  scores: Float64Array,
  k: number,
  out: Uint32Array,
): number {
  return k >= BUCKET_MIN_K && count >= BUCKET_MIN_K
    ? bucketTopK(candidates, count, scores, k, out)
    : heapTopK(candidates, count, scores, k, out);
}
