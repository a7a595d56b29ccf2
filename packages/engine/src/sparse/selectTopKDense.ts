import { kthLargest } from './kthLargest.js';
import { selectTopK } from './selectTopK.js';

/** Scratch space, grown on demand and reused (the engine is single-threaded). */
let passed = new Uint32Array(1024);
let sample = new Float64Array(256);

/** Expected entries of the top k in the sample: enough for a threshold a little under the k-th best. */
const SAMPLE_HITS = 8;

/**
 * Writes into `out` the indexes i < count of the k highest positive `scores[i]`, best first (ties to the
 * smaller index); returns how many were written. For a dense row (a product's whole row of the item graph,
 * a shopper's scores over the catalog): a strided sample of the row gives a threshold a little under its
 * k-th best, so one compare a score rejects most of the row and only the ~2k above it are ranked. Exact: when
 * fewer than k reach the threshold, every positive score is ranked.
 */
export function selectTopKDense(scores: Float64Array, count: number, k: number, out: Uint32Array): number {
  if (k <= 0) return 0;
  // One more than count: the branch-free filter writes each index before deciding to keep it.
  if (passed.length <= count) passed = new Uint32Array(Math.max(count + 1, passed.length * 2));
  // The smallest positive double: `score >= threshold` is `score > 0`.
  let threshold = Number.MIN_VALUE;
  const stride = Math.floor(k / SAMPLE_HITS);
  if (stride >= 2 && count > 8 * k) {
    const size = Math.floor((count - 1) / stride) + 1;
    if (sample.length < size) sample = new Float64Array(Math.max(size, sample.length * 2));
    for (let s = 0, i = 0; s < size; s++, i += stride) sample[s] = scores[i]!;
    // The sample rank whose value is below the k-th best of the row unless the sample is two deviations off.
    const rank = Math.min(size, SAMPLE_HITS + Math.ceil(2 * Math.sqrt(SAMPLE_HITS)) + 1);
    const value = kthLargest(sample, size, rank);
    if (value > threshold) threshold = value;
  }
  let passedCount = filter(scores, count, threshold);
  if (passedCount < k && threshold > Number.MIN_VALUE) passedCount = filter(scores, count, Number.MIN_VALUE);
  return selectTopK(passed, passedCount, scores, k, out);
}

/** Indexes of the scores at or above the threshold, into `passed`; branch-free, as sparse rows pass at random. */
function filter(scores: Float64Array, count: number, threshold: number): number {
  const into = passed;
  let n = 0;
  for (let i = 0; i < count; i++) {
    into[n] = i;
    n += Number(scores[i]! >= threshold);
  }
  return n;
}
