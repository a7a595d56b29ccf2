/**
 * The k-th largest of `data[0..count)` (1 <= k <= count); reorders `data`. Floyd and Rivest's selection:
 * on long ranges, a recursive select on a sample puts the pivot next to the k-th first, so that about
 * count + k comparisons suffice instead of the 2 to 3 x count of median-of-three quickselect.
 */
export function kthLargest(data: Float64Array, count: number, k: number): number {
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
