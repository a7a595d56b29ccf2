/** Scratch space of the select-then-sort path, grown on demand and reused (the engine is single-threaded). */
let values = new Float64Array(1024);
let ties = new Uint32Array(1024);
let chosen = new Uint32Array(1024);

/**
 * Writes into `out` the indexes (taken from `candidates[0..count)`) of the k highest `scores`, best first;
 * ties go to the smaller index so results are deterministic. Returns how many were written.
 * Few candidates per slot go through a bounded min-heap (O(count log k)); many (a product's whole row during
 * training) first find the k-th best score by selection, O(count), so that only the k winners are
 * heap-sorted. Comparisons are written out (no closure): this runs for every product during training.
 */
export function selectTopK(
  candidates: Uint32Array,
  count: number,
  scores: Float64Array,
  k: number,
  out: Uint32Array,
): number {
  if (k <= 0) return 0;
  if (count <= 4 * k) return heapTopK(candidates, count, scores, k, out);
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
  return heapTopK(chosen, k, scores, k, out);
}

/**
 * The k-th largest of `data[0..count)` (1 <= k <= count); reorders `data`. Floyd and Rivest's selection:
 * on long ranges, a recursive select on a sample puts the pivot next to the k-th first, so that about
 * count + k comparisons suffice instead of the 2 to 3 x count of median-of-three quickselect.
 */
function kthLargest(data: Float64Array, count: number, k: number): number {
  floydRivest(data, k - 1, 0, count - 1);
  return data[k - 1]!;
}

/** Puts at `target` the value a descending sort of `data[left..right]` would put there. */
function floydRivest(data: Float64Array, target: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = target - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const sampleLeft = Math.max(left, Math.floor(target - (m * s) / n + sd));
      const sampleRight = Math.min(right, Math.floor(target + ((n - m) * s) / n + sd));
      floydRivest(data, target, sampleLeft, sampleRight);
    }
    const pivot = data[target]!;
    let i = left;
    let j = right;
    swap(data, left, target);
    if (data[right]! < pivot) swap(data, left, right);
    while (i < j) {
      swap(data, i, j);
      i++;
      j--;
      while (data[i]! > pivot) i++;
      while (data[j]! < pivot) j--;
    }
    if (data[left] === pivot) swap(data, left, j);
    else {
      j++;
      swap(data, j, right);
    }
    if (j <= target) left = j + 1;
    if (target <= j) right = j - 1;
  }
}

function swap(data: Float64Array, a: number, b: number): void {
  const value = data[a]!;
  data[a] = data[b]!;
  data[b] = value;
}

/** The heap path of selectTopK. */
function heapTopK(
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
