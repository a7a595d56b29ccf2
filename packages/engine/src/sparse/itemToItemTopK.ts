import type { SimilarityMeasure } from '../types.js';
import type { GroupMatrix } from './GroupMatrix.js';
import type { Neighbors } from './Neighbors.js';
import { presenceWalkTopK } from './presenceWalkTopK.js';
import { selectTopK } from './selectTopK.js';
import { transposeGroups } from './transposeGroups.js';
import { growTypedArray } from './growTypedArray.js';

export interface ItemToItemOptions {
  measure: SimilarityMeasure;
  /** Neighbours kept per item. */
  k: number;
  /** rp3beta: a neighbour's score is divided by its popularity (groups holding it) to this power. */
  popularityPenalty: number;
  /** Pairs held by fewer groups are dropped. */
  minSupport: number;
}

/**
 * Item-to-item similarity from groups (shoppers or orders), keeping the top k neighbours of each item.
 *
 * `rp3beta` is a two-step random walk item -> group -> other item of the group, each step chosen in proportion
 * to the weights, divided by the neighbour's popularity^beta: big groups (a shopper who viewed 500 products, an
 * order of 40 lines) spread their evidence thin instead of linking everything to everything.
 * `cosine`, `jaccard` and `lift` use the number of groups holding both items.
 *
 * Support is counted only when a measure or `minSupport` needs it (otherwise `support` is empty).
 * Cost: sum over groups of size^2, with one dense accumulator of `itemCount` floats reused for every item.
 */
export function itemToItemTopK(
  groups: GroupMatrix,
  itemCount: number,
  options: ItemToItemOptions,
): Neighbors {
  let unitWeights = true;
  for (let k = 0; k < groups.weights.length && unitWeights; k++) unitWeights = groups.weights[k] === 1;
  if (unitWeights && options.measure === 'rp3beta' && options.minSupport <= 1) {
    return presenceWalkTopK(groups, itemCount, options.k, options.popularityPenalty);
  }
  const byItem = transposeGroups(groups, itemCount);
  const groupCount = groups.start.length - 1;
  const groupWeight = new Float64Array(groupCount);
  for (let group = 0; group < groupCount; group++) {
    let sum = 0;
    for (let k = groups.start[group]!; k < groups.start[group + 1]!; k++) sum += groups.weights[k]!;
    groupWeight[group] = sum;
  }
  const degree = new Float64Array(itemCount);
  const itemWeight = new Float64Array(itemCount);
  const penalty = new Float64Array(itemCount);
  for (let item = 0; item < itemCount; item++) {
    degree[item] = byItem.start[item + 1]! - byItem.start[item]!;
    let sum = 0;
    for (let k = byItem.start[item]!; k < byItem.start[item + 1]!; k++) sum += byItem.weights[k]!;
    itemWeight[item] = sum;
    penalty[item] = degree[item]! > 0 ? Math.pow(degree[item]!, options.popularityPenalty) : 1;
  }

  const walk = new Float64Array(itemCount);
  const together = new Float64Array(itemCount);
  const score = new Float64Array(itemCount);
  const touched = new Uint32Array(itemCount);
  const kept = new Uint32Array(itemCount);
  const top = new Uint32Array(options.k);
  const starts = new Uint32Array(itemCount + 1);
  let outItems = new Uint32Array(Math.min(itemCount * options.k, 1 << 20));
  let outScores = new Float32Array(outItems.length);
  let outSupport = new Float32Array(outItems.length);
  let used = 0;

  // rp3beta without a support threshold needs no pair counts: the hottest loop then does one add. When the
  // catalog is small next to the pair work, scanning every product beats tracking which ones were touched.
  const countPairs = options.measure !== 'rp3beta' || options.minSupport > 1;
  let pairWork = 0;
  for (let group = 0; group < groupCount; group++) {
    const size = groups.start[group + 1]! - groups.start[group]!;
    pairWork += size * size;
  }
  const scanAll = !countPairs && itemCount * itemCount <= 2 * pairWork;
  const groupItems = groups.items;
  const groupWeights = groups.weights;
  for (let item = 0; item < itemCount; item++) {
    let touchedCount = 0;
    const fromWeight = itemWeight[item]!;
    for (let k = byItem.start[item]!; k < byItem.start[item + 1]!; k++) {
      const group = byItem.items[k]!;
      const weightInGroup = byItem.weights[k]!;
      const othersWeight = groupWeight[group]! - weightInGroup;
      const toGroup = fromWeight > 0 ? weightInGroup / fromWeight : 0;
      const step = othersWeight > 0 ? toGroup / othersWeight : 0;
      const begin = groups.start[group]!;
      const end = groups.start[group + 1]!;
      if (countPairs) {
        for (let g = begin; g < end; g++) {
          const other = groupItems[g]!;
          if (other === item) continue;
          if (together[other] === 0) touched[touchedCount++] = other;
          together[other]! += 1;
          walk[other]! += step * groupWeights[g]!;
        }
      } else if (scanAll) {
        for (let g = begin; g < end; g++) walk[groupItems[g]!]! += step * groupWeights[g]!;
      } else {
        for (let g = begin; g < end; g++) {
          const other = groupItems[g]!;
          if (walk[other] === 0 && other !== item) touched[touchedCount++] = other;
          walk[other]! += step * groupWeights[g]!;
        }
      }
    }
    walk[item] = 0;
    // Scores are read only for kept items, so only the accumulators are reset, as they are read.
    let keptCount = 0;
    if (scanAll) {
      // Only rp3beta without pair counts scans.
      for (let other = 0; other < itemCount; other++) {
        const value = walk[other]!;
        if (value > 0) {
          score[other] = value / penalty[other]!;
          kept[keptCount++] = other;
          walk[other] = 0;
        }
      }
    } else {
      for (let t = 0; t < touchedCount; t++) {
        const other = touched[t]!;
        const both = countPairs ? together[other]! : 1;
        let value = 0;
        if (both >= options.minSupport) {
          switch (options.measure) {
            case 'rp3beta':
              value = walk[other]! / penalty[other]!;
              break;
            case 'cosine':
              value = both / Math.sqrt(degree[item]! * degree[other]!);
              break;
            case 'jaccard':
              value = both / (degree[item]! + degree[other]! - both);
              break;
            case 'lift':
              value = (both * groupCount) / (degree[item]! * degree[other]!);
              break;
          }
        }
        walk[other] = 0;
        if (value > 0) {
          score[other] = value;
          kept[keptCount++] = other;
        }
      }
    }
    const count = selectTopK(kept, keptCount, score, options.k, top);
    if (used + count > outItems.length) {
      const capacity = Math.max(outItems.length * 2, used + count);
      outItems = growTypedArray(outItems, capacity);
      outScores = growTypedArray(outScores, capacity);
      outSupport = growTypedArray(outSupport, capacity);
    }
    for (let r = 0; r < count; r++) {
      const other = top[r]!;
      outItems[used] = other;
      outScores[used] = score[other]!;
      if (countPairs) outSupport[used] = together[other]!;
      used++;
    }
    starts[item + 1] = used;
    if (countPairs) for (let t = 0; t < touchedCount; t++) together[touched[t]!] = 0;
  }
  return {
    start: starts,
    items: outItems.slice(0, used),
    scores: outScores.slice(0, used),
    support: countPairs ? outSupport.slice(0, used) : new Float32Array(0),
  };
}
