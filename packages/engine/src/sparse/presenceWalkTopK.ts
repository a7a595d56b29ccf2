import type { GroupMatrix } from './GroupMatrix.js';
import type { Neighbors } from './Neighbors.js';
import { selectTopK } from './selectTopK.js';
import { selectTopKDense } from './selectTopKDense.js';
import { growTypedArray } from './growTypedArray.js';

/**
 * rp3beta over presence (every weight 1, no support threshold), keeping the top k neighbours of each item:
 *
 *     W(i, j) = 1 / deg(i) · Σ_{u ∋ i, j} 1 / (|u| − 1)  /  deg(j)^β
 *
 * Row i is summed in one dense scratch row: for each group of i, one step `1 / (|u| − 1)` added to each of
 * the group's items (integer CSR on both sides, no call per pair), then scaled once. When the pair work
 * outweighs the catalog, the row is scanned whole; otherwise the items touched are tracked. `scan` is chosen
 * from the sizes unless given (the tests force each way).
 *
 * S(i, j) is symmetric, so half the pairs would do, but keeping the other half takes a dense itemCount²
 * matrix: on MovieLens (1,682 products) that measured no faster, the fresh 22 MB costing what the 10 million
 * additions saved.
 */
export function presenceWalkTopK(
  groups: GroupMatrix,
  itemCount: number,
  k: number,
  popularityPenalty: number,
  scan?: boolean,
): Neighbors {
  const groupCount = groups.start.length - 1;
  const groupStart = groups.start;
  const groupItems = groups.items;
  const nnz = groupStart[groupCount]!;

  // Item -> groups (CSR transpose by counting sort), groups ascending within an item.
  const byItemStart = new Uint32Array(itemCount + 1);
  for (let x = 0; x < nnz; x++) byItemStart[groupItems[x]! + 1]!++;
  for (let item = 0; item < itemCount; item++) byItemStart[item + 1]! += byItemStart[item]!;
  const byItemGroups = new Uint32Array(nnz);
  const fill = byItemStart.slice(0, itemCount);
  const groupStep = new Float64Array(groupCount);
  let pairWork = 0;
  for (let group = 0; group < groupCount; group++) {
    const begin = groupStart[group]!;
    const end = groupStart[group + 1]!;
    const size = end - begin;
    // A group of one links nothing; its step stays 0 and the loops skip it.
    if (size > 1) groupStep[group] = 1 / (size - 1);
    pairWork += size * size;
    for (let x = begin; x < end; x++) byItemGroups[fill[groupItems[x]!]!++] = group;
  }
  const invDegree = new Float64Array(itemCount);
  const invPenalty = new Float64Array(itemCount);
  for (let item = 0; item < itemCount; item++) {
    const degree = byItemStart[item + 1]! - byItemStart[item]!;
    invDegree[item] = degree > 0 ? 1 / degree : 0;
    invPenalty[item] = degree > 0 ? 1 / Math.pow(degree, popularityPenalty) : 1;
  }

  // Scanning the whole row beats tracking touched items once the pair work outweighs the catalog.
  const crowded = scan ?? itemCount * itemCount <= 2 * pairWork;
  // The neighbours, appended row by row (no writer object of closures: a new closure per call made the JIT
  // drop this function's optimized code on the next training).
  const starts = new Uint32Array(itemCount + 1);
  const top = new Uint32Array(Math.max(1, k));
  let outItems = new Uint32Array(Math.min(itemCount * k, 1 << 20));
  let outScores = new Float32Array(outItems.length);
  let used = 0;
  const walk = new Float64Array(itemCount);
  const score = new Float64Array(itemCount);
  const kept = new Uint32Array(itemCount);
  const touched = new Uint32Array(itemCount);
  for (let item = 0; item < itemCount; item++) {
    let touchedCount = 0;
    for (let e = byItemStart[item]!; e < byItemStart[item + 1]!; e++) {
      const group = byItemGroups[e]!;
      const step = groupStep[group]!;
      if (step === 0) continue;
      const begin = groupStart[group]!;
      const end = groupStart[group + 1]!;
      if (crowded) addRange(walk, groupItems, begin, end, step);
      else touchedCount = addTracked(walk, groupItems, begin, end, step, touched, touchedCount);
    }
    walk[item] = 0;
    const scale = invDegree[item]!;
    let keptTop: number;
    if (crowded) {
      // The whole row is scored (0 where the walk did not go) and its top k found over it.
      scoreRow(walk, invPenalty, scale, score, itemCount);
      keptTop = selectTopKDense(score, itemCount, k, top);
    } else {
      let keptCount = 0;
      for (let t = 0; t < touchedCount; t++) {
        const other = touched[t]!;
        const value = walk[other]!;
        walk[other] = 0;
        if (value > 0) {
          score[other] = value * scale * invPenalty[other]!;
          kept[keptCount++] = other;
        }
      }
      keptTop = selectTopK(kept, keptCount, score, k, top);
    }
    if (used + keptTop > outItems.length) {
      const capacity = Math.max(outItems.length * 2, used + keptTop);
      outItems = growTypedArray(outItems, capacity);
      outScores = growTypedArray(outScores, capacity);
    }
    for (let r = 0; r < keptTop; r++) {
      const other = top[r]!;
      outItems[used] = other;
      outScores[used++] = score[other]!;
    }
    starts[item + 1] = used;
  }
  return {
    start: starts,
    items: outItems.slice(0, used),
    scores: outScores.slice(0, used),
    support: new Float32Array(0),
  };
}

// The pair loops are small functions of typed arrays only, so that the JIT compiles them early and tight.

/** score[i] = walk[i] · scale · invPenalty[i] and walk[i] = 0 for the whole row, four at a time. */
function scoreRow(
  walk: Float64Array,
  invPenalty: Float64Array,
  scale: number,
  score: Float64Array,
  count: number,
): void {
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    score[i] = walk[i]! * scale * invPenalty[i]!;
    score[i + 1] = walk[i + 1]! * scale * invPenalty[i + 1]!;
    score[i + 2] = walk[i + 2]! * scale * invPenalty[i + 2]!;
    score[i + 3] = walk[i + 3]! * scale * invPenalty[i + 3]!;
    walk[i] = 0;
    walk[i + 1] = 0;
    walk[i + 2] = 0;
    walk[i + 3] = 0;
  }
  for (; i < count; i++) {
    score[i] = walk[i]! * scale * invPenalty[i]!;
    walk[i] = 0;
  }
}

/** walk[items[x]] += step over [begin, end), four at a time so that their loads overlap (a group's items are distinct). */
function addRange(walk: Float64Array, items: Uint32Array, begin: number, end: number, step: number): void {
  let x = begin;
  for (; x + 4 <= end; x += 4) {
    const i0 = items[x]!;
    const i1 = items[x + 1]!;
    const i2 = items[x + 2]!;
    const i3 = items[x + 3]!;
    walk[i0]! += step;
    walk[i1]! += step;
    walk[i2]! += step;
    walk[i3]! += step;
  }
  for (; x < end; x++) walk[items[x]!]! += step;
}

function addTracked(
  walk: Float64Array,
  items: Uint32Array,
  begin: number,
  end: number,
  step: number,
  touched: Uint32Array,
  touchedCount: number,
): number {
  let count = touchedCount;
  for (let x = begin; x < end; x++) {
    const other = items[x]!;
    if (walk[other] === 0) touched[count++] = other;
    walk[other]! += step;
  }
  return count;
}
