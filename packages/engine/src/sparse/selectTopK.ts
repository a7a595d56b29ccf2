/**
 * Writes into `out` the indexes (taken from `candidates[0..count)`) of the k highest `scores`, best first;
 * ties go to the smaller index so results are deterministic. Returns how many were written.
 * A bounded min-heap: O(count log k) and no allocation beyond `out`.
 */
export function selectTopK(
  candidates: ArrayLike<number>,
  count: number,
  scores: ArrayLike<number>,
  k: number,
  out: Uint32Array | number[],
): number {
  if (k <= 0) return 0;
  // `worse(a, b)`: a ranks below b.
  const worse = (a: number, b: number): boolean => {
    const sa = scores[a]!;
    const sb = scores[b]!;
    return sa < sb || (sa === sb && a > b);
  };
  let size = 0;
  const heap = out;
  for (let c = 0; c < count; c++) {
    const item = candidates[c]!;
    if (size < k) {
      let pos = size++;
      while (pos > 0) {
        const parent = (pos - 1) >> 1;
        if (!worse(item, heap[parent]!)) break;
        heap[pos] = heap[parent]!;
        pos = parent;
      }
      heap[pos] = item;
    } else if (worse(heap[0]!, item)) {
      let pos = 0;
      for (;;) {
        const left = 2 * pos + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && worse(heap[right]!, heap[left]!) ? right : left;
        if (!worse(heap[child]!, item)) break;
        heap[pos] = heap[child]!;
        pos = child;
      }
      heap[pos] = item;
    }
  }
  // Heap-sort the kept items, best first.
  for (let end = size - 1; end > 0; end--) {
    const last = heap[end]!;
    heap[end] = heap[0]!;
    let pos = 0;
    for (;;) {
      const left = 2 * pos + 1;
      if (left >= end) break;
      const right = left + 1;
      const child = right < end && worse(heap[right]!, heap[left]!) ? right : left;
      if (!worse(heap[child]!, last)) break;
      heap[pos] = heap[child]!;
      pos = child;
    }
    heap[pos] = last;
  }
  return size;
}
