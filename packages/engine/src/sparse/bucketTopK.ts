import { heapTopK } from './heapTopK.js';

/** Scratch space, grown on demand and reused (the engine is single-threaded). */
let keys = new Float64Array(256);
let keyWords = new Uint32Array(keys.buffer);
let bucketOf = new Uint32Array(256);
let byBucket = new Uint32Array(256);
let bucketEnd = new Uint32Array(257);
let bucketItems = new Uint32Array(64);

/** Index of a double's high (sign and exponent) word in its two 32-bit words. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/** A bucket larger than this (equal or nearly equal scores) is ranked by the heap instead of by insertion. */
const INSERTION_MAX = 24;

/**
 * Writes into `out` the indexes (taken from `candidates[0..count)`) of the k highest `scores`, best first, ties
 * to the smaller index; returns how many were written. Same contract as selectTopK's heap, with fewer
 * unpredictable branches: the scores are spread into about `count` buckets by the high word of their bits
 * (exponent and leading mantissa bits, which order doubles like their values), counted and scattered
 * branch-free, then each bucket is sorted by insertion as it is appended, until k are written. A bucket of
 * many equal scores goes to `heapTopK` instead, so ties cost no more than the heap.
 */
export function bucketTopK(
  candidates: Uint32Array,
  count: number,
  scores: Float64Array,
  k: number,
  out: Uint32Array,
): number {
  if (k <= 0 || count === 0) return 0;
  if (keys.length < count) {
    keys = new Float64Array(Math.max(count, keys.length * 2));
    keyWords = new Uint32Array(keys.buffer);
    bucketOf = new Uint32Array(keys.length);
    byBucket = new Uint32Array(keys.length);
  }
  // Keys: the high word, sign flipped (or every bit, for negatives) so that unsigned order is numeric order.
  let low = 0xffffffff;
  let high = 0;
  let highNegative = 0;
  let lowPositive = 0xffffffff;
  for (let c = 0; c < count; c++) {
    // + 0 turns -0 into 0, which compares equal to it and must share its bucket.
    keys[c] = scores[candidates[c]!]! + 0;
    const word = keyWords[2 * c + HIGH]!;
    const key = (word ^ ((word >> 31) | 0x80000000)) >>> 0;
    bucketOf[c] = key;
    low = Math.min(low, key);
    high = Math.max(high, key);
    if (key < 0x80000000) highNegative = Math.max(highNegative, key);
    else lowPositive = Math.min(lowPositive, key);
  }
  // Signed scores (dense EASE rows) leave between the negative and the positive keys a gap of about 2^31, which
  // would make each bucket span several octaves and pile a row into a few heap-ranked buckets: the gap is closed
  // (keys above it moved down by its width). MovieLens's 1.2 M dense weights: 105 ms -> 52 ms.
  const gap = low < 0x80000000 && high >= 0x80000000 ? lowPositive - highNegative - 1 : 0;
  // About one bucket a candidate (count >= 2 keeps the shift under 32).
  const range = high - low - gap;
  let shift = 0;
  while (count > 1 && range / 2 ** shift >= count) shift++;
  const bucketCount = (range >>> shift) + 1;
  if (bucketEnd.length <= bucketCount)
    bucketEnd = new Uint32Array(Math.max(bucketCount + 1, bucketEnd.length * 2));
  bucketEnd.fill(0, 0, bucketCount + 1);
  // Bucket 0 holds the highest keys.
  for (let c = 0; c < count; c++) {
    const key = bucketOf[c]!;
    const bucket = bucketCount - 1 - ((key - low - (key >= lowPositive ? gap : 0)) >>> shift);
    bucketOf[c] = bucket;
    bucketEnd[bucket + 1]!++;
  }
  for (let b = 0; b < bucketCount; b++) bucketEnd[b + 1]! += bucketEnd[b]!;
  for (let c = 0; c < count; c++) byBucket[bucketEnd[bucketOf[c]!]!++] = c;
  // bucketEnd[b] is now the end of bucket b, and the start of bucket b + 1.
  let written = 0;
  let begin = 0;
  for (let b = 0; b < bucketCount && written < k; b++) {
    const end = bucketEnd[b]!;
    const size = end - begin;
    if (size > INSERTION_MAX) {
      if (bucketItems.length < size) bucketItems = new Uint32Array(Math.max(size, bucketItems.length * 2));
      for (let x = 0; x < size; x++) bucketItems[x] = candidates[byBucket[begin + x]!]!;
      written += heapTopK(bucketItems, size, scores, k - written, out.subarray(written));
    } else {
      // Insertion into out[written..], keeping at most k.
      for (let x = begin; x < end; x++) {
        const c = byBucket[x]!;
        const item = candidates[c]!;
        const score = keys[c]!;
        let position = written + (x - begin);
        while (position > written) {
          const previous = out[position - 1]!;
          const previousScore = scores[previous]!;
          if (previousScore > score || (previousScore === score && previous < item)) break;
          if (position < k) out[position] = previous;
          position--;
        }
        if (position < k) out[position] = item;
      }
      written = Math.min(k, written + size);
    }
    begin = end;
  }
  return written;
}
