/**
 * selectTopK by a bounded min-heap, O(count log k), then a heap sort of the k kept: the path for few candidates a
 * slot, and for buckets of equal scores in `bucketTopK`.
 */
export function heapTopK(
  candidates: Uint32Array,
  count: number,
  scores: Float64Array,
  k: number,
  out: Uint32Array,
): number {
  if (k <= 0) return 0;
  const heap = out;
  let size = 0;
  for (let c = 0; c < count; c++) {
    const item = candidates[c]!;
    const score = scores[item]!;
    if (size < k) {
      // Sift up: move parents that rank above the new item down.
      let pos = size++;
      while (pos > 0) {
        const parent = (pos - 1) >> 1;
        const p = heap[parent]!;
        const ps = scores[p]!;
        if (!(score < ps || (score === ps && item > p))) break;
        heap[pos] = p;
        pos = parent;
      }
      heap[pos] = item;
      continue;
    }
    const root = heap[0]!;
    const rootScore = scores[root]!;
    if (score < rootScore || (score === rootScore && item > root)) continue;
    siftDown(heap, scores, size, item, score);
  }
  // Heap sort, worst to the end, so that out[0] is the best.
  for (let end = size - 1; end > 0; end--) {
    const last = heap[end]!;
    heap[end] = heap[0]!;
    siftDown(heap, scores, end, last, scores[last]!);
  }
  return size;
}

/** Places `item` from the root down a min-heap of `size`, swapping with the worse child while it ranks below. */
function siftDown(heap: Uint32Array, scores: Float64Array, size: number, item: number, score: number): void {
  let pos = 0;
  for (;;) {
    const left = 2 * pos + 1;
    if (left >= size) break;
    let child = left;
    let childItem = heap[left]!;
    let childScore = scores[childItem]!;
    const right = left + 1;
    if (right < size) {
      const r = heap[right]!;
      const rs = scores[r]!;
      if (rs < childScore || (rs === childScore && r > childItem)) {
        child = right;
        childItem = r;
        childScore = rs;
      }
    }
    if (!(childScore < score || (childScore === score && childItem > item))) break;
    heap[pos] = childItem;
    pos = child;
  }
  heap[pos] = item;
}
