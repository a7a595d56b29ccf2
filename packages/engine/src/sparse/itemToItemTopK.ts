import type { SimilarityMeasure } from '../types.js';
import type { GroupMatrix } from './GroupMatrix.js';
import type { Neighbors } from './Neighbors.js';
import { selectTopK } from './selectTopK.js';
import { transposeGroups } from './transposeGroups.js';

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
 * Cost: sum over groups of size^2, with one dense accumulator of `itemCount` floats reused for every item.
 */
export function itemToItemTopK(
  groups: GroupMatrix,
  itemCount: number,
  options: ItemToItemOptions,
): Neighbors {
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

  for (let item = 0; item < itemCount; item++) {
    let touchedCount = 0;
    const fromWeight = itemWeight[item]!;
    for (let k = byItem.start[item]!; k < byItem.start[item + 1]!; k++) {
      const group = byItem.items[k]!;
      const weightInGroup = byItem.weights[k]!;
      const othersWeight = groupWeight[group]! - weightInGroup;
      const toGroup = fromWeight > 0 ? weightInGroup / fromWeight : 0;
      const step = othersWeight > 0 ? toGroup / othersWeight : 0;
      for (let g = groups.start[group]!; g < groups.start[group + 1]!; g++) {
        const other = groups.items[g]!;
        if (other === item) continue;
        if (together[other] === 0) touched[touchedCount++] = other;
        together[other]! += 1;
        walk[other]! += step * groups.weights[g]!;
      }
    }
    let keptCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      const both = together[other]!;
      if (both >= options.minSupport) {
        let value: number;
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
        if (value > 0) {
          score[other] = value;
          kept[keptCount++] = other;
        }
      }
    }
    const count = selectTopK(kept, keptCount, score, options.k, top);
    if (used + count > outItems.length) {
      const capacity = Math.max(outItems.length * 2, used + count);
      outItems = grow(outItems, capacity);
      outScores = grow(outScores, capacity);
      outSupport = grow(outSupport, capacity);
    }
    for (let r = 0; r < count; r++) {
      const other = top[r]!;
      outItems[used] = other;
      outScores[used] = score[other]!;
      outSupport[used] = together[other]!;
      used++;
    }
    starts[item + 1] = used;
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      walk[other] = 0;
      together[other] = 0;
      score[other] = 0;
    }
  }
  return {
    start: starts,
    items: outItems.slice(0, used),
    scores: outScores.slice(0, used),
    support: outSupport.slice(0, used),
  };
}

function grow<T extends Uint32Array | Float32Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}
