import type { GroupMatrix } from './GroupMatrix.js';
import type { Neighbors } from './Neighbors.js';
import { selectTopK } from './selectTopK.js';
import { growTypedArray } from './growTypedArray.js';

/** Up to this many products, a dense catalog may keep the whole product-product matrix (at most 32 MB). */
export const DENSE_MAX_ITEMS = 2048;

/**
 * rp3beta over presence (every weight 1, no support threshold), keeping the top k neighbours of each item:
 *
 *     W(i, j) = 1 / deg(i) · Σ_{u ∋ i, j} 1 / (|u| − 1)  /  deg(j)^β
 *
 * The sum S(i, j) is symmetric, which the dense layout uses: each pair of a group is added once (i < j), and
 * row i reads its j < i part from the rows before it, so the pair work is halved at the price of a dense
 * `itemCount²` matrix. The sparse layout adds every ordered pair into one scratch row per item.
 * `dense` is chosen from the sizes unless given (the tests force each layout).
 */
export function presenceWalkTopK(
  groups: GroupMatrix,
  itemCount: number,
  k: number,
  popularityPenalty: number,
  dense?: boolean,
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
  const penalty = new Float64Array(itemCount);
  for (let item = 0; item < itemCount; item++) {
    const degree = byItemStart[item + 1]! - byItemStart[item]!;
    invDegree[item] = degree > 0 ? 1 / degree : 0;
    penalty[item] = degree > 0 ? Math.pow(degree, popularityPenalty) : 1;
  }

  // Scanning the whole row beats tracking touched items once the pair work outweighs the catalog.
  const crowded = itemCount * itemCount <= 2 * pairWork;
  const useDense = dense ?? (crowded && itemCount <= DENSE_MAX_ITEMS);
  const out = createNeighborWriter(itemCount, k);
  const walk = new Float64Array(itemCount);
  const score = new Float64Array(itemCount);
  const kept = new Uint32Array(itemCount);
  if (useDense) {
    // Groups with their items ascending, and where each (item, group) entry sits in its group, so that row i
    // walks only to the items after i.
    const sortedItems = new Uint32Array(nnz);
    const position = new Uint32Array(nnz);
    const groupFill = groupStart.slice(0, groupCount);
    for (let item = 0; item < itemCount; item++) {
      for (let e = byItemStart[item]!; e < byItemStart[item + 1]!; e++) {
        const slot = groupFill[byItemGroups[e]!]!++;
        sortedItems[slot] = item;
        position[e] = slot;
      }
    }
    // lower[i * n + j], j < i, holds S(j, i), written by row j.
    const lower = new Float64Array(itemCount * itemCount);
    for (let item = 0; item < itemCount; item++) {
      for (let e = byItemStart[item]!; e < byItemStart[item + 1]!; e++) {
        const group = byItemGroups[e]!;
        addRange(walk, sortedItems, position[e]! + 1, groupStart[group + 1]!, groupStep[group]!);
      }
      const scale = invDegree[item]!;
      const base = item * itemCount;
      let keptCount = 0;
      for (let other = 0; other < item; other++) {
        const value = lower[base + other]!;
        if (value > 0) {
          score[other] = (value * scale) / penalty[other]!;
          kept[keptCount++] = other;
        }
      }
      for (let other = item + 1; other < itemCount; other++) {
        const value = walk[other]!;
        if (value > 0) {
          lower[other * itemCount + item] = value;
          walk[other] = 0;
          score[other] = (value * scale) / penalty[other]!;
          kept[keptCount++] = other;
        }
      }
      out.append(item, kept, keptCount, score);
    }
  } else {
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
      let keptCount = 0;
      if (crowded) {
        for (let other = 0; other < itemCount; other++) {
          const value = walk[other]!;
          if (value > 0) {
            walk[other] = 0;
            score[other] = (value * scale) / penalty[other]!;
            kept[keptCount++] = other;
          }
        }
      } else {
        for (let t = 0; t < touchedCount; t++) {
          const other = touched[t]!;
          const value = walk[other]!;
          walk[other] = 0;
          if (value > 0) {
            score[other] = (value * scale) / penalty[other]!;
            kept[keptCount++] = other;
          }
        }
      }
      out.append(item, kept, keptCount, score);
    }
  }
  return out.finish();
}

// The pair loops are small functions of typed arrays only, so that the JIT compiles them early and tight.

function addRange(walk: Float64Array, items: Uint32Array, begin: number, end: number, step: number): void {
  for (let x = begin; x < end; x++) walk[items[x]!]! += step;
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

interface NeighborWriter {
  /** Appends the top k of `candidates[0..count)` by `scores` as the neighbours of `item` (items in order). */
  append(item: number, candidates: Uint32Array, count: number, scores: Float64Array): void;
  finish(): Neighbors;
}

function createNeighborWriter(itemCount: number, k: number): NeighborWriter {
  const starts = new Uint32Array(itemCount + 1);
  const top = new Uint32Array(Math.max(1, k));
  let items = new Uint32Array(Math.min(itemCount * k, 1 << 20));
  let scores = new Float32Array(items.length);
  let used = 0;
  return {
    append(item, candidates, count, candidateScores) {
      const kept = selectTopK(candidates, count, candidateScores, k, top);
      if (used + kept > items.length) {
        const capacity = Math.max(items.length * 2, used + kept);
        items = growTypedArray(items, capacity);
        scores = growTypedArray(scores, capacity);
      }
      for (let r = 0; r < kept; r++) {
        const other = top[r]!;
        items[used] = other;
        scores[used++] = candidateScores[other]!;
      }
      starts[item + 1] = used;
    },
    finish() {
      return {
        start: starts,
        items: items.slice(0, used),
        scores: scores.slice(0, used),
        support: new Float32Array(0),
      };
    },
  };
}
