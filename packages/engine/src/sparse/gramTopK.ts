import type { GramRows } from './GramRows.js';
import type { GroupMatrix } from './GroupMatrix.js';
import { growTypedArray } from './growTypedArray.js';
import { selectTopK } from './selectTopK.js';
import { transposeGroups } from './transposeGroups.js';

export interface GramOptions {
  /** Co-occurring items kept per item, ranked by cosine. */
  k: number;
  /** Each group's weight in G (see `groupWeights`). */
  groupWeights: Float64Array;
  /** Pairs held by fewer groups are not kept. */
  minSupport: number;
  /** Items whose whole row of G is also written, densely, into `rows` at `slot[item] * itemCount`. */
  wholeRows?: { slot: Int32Array; rows: Float32Array };
  /** Length of the lookup lists of the items without a whole row (0: none). */
  lookups?: number;
  /** Only the items marked here get their row (the others' are empty): a second, wider pass over a few. */
  only?: Uint8Array;
  /**
   * Also select, in the same pass, each item's k items of highest cosine among the pairs held by at least two
   * groups (the result's `supported`): what `widenShortColumns` would otherwise sum G again for when it cannot widen.
   */
  alsoSupported?: boolean;
}

/** `gramTopK`'s result, with the rows of pairs held by two groups or more when asked (`alsoSupported`). */
export type GramRowsWithSupported = GramRows & {
  supported?: Pick<GramRows, 'start' | 'items' | 'values'>;
};

/**
 * The weighted co-occurrence G(i, j) = Σ_groups w_g · x_gi · x_gj (x: the groups' weights, w_g from the
 * group's size), keeping for each item its k co-occurring items of highest cosine G(i, j) / sqrt(G(j, j))
 * (i's own norm is the same for the whole row). These are the regressors of the item's ridge regression.
 * Cost: Σ_groups size², one dense accumulator row reused for every item.
 */
export function gramTopK(
  groups: GroupMatrix,
  itemCount: number,
  options: GramOptions,
): GramRowsWithSupported {
  const groupWeight = options.groupWeights;
  const byItem = transposeGroups(groups, itemCount);
  const diagonal = new Float64Array(itemCount);
  const invNorm = new Float64Array(itemCount);
  for (let item = 0; item < itemCount; item++) {
    let sum = 0;
    for (let e = byItem.start[item]!; e < byItem.start[item + 1]!; e++) {
      const weight = byItem.weights[e]!;
      sum += groupWeight[byItem.items[e]!]! * weight * weight;
    }
    diagonal[item] = sum;
    invNorm[item] = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  }

  const { k, minSupport } = options;
  const row = new Float64Array(itemCount);
  const alsoSupported = options.alsoSupported === true;
  const counting = minSupport > 1 || alsoSupported;
  const support = new Uint32Array(counting ? itemCount : 0);
  const score = new Float64Array(itemCount);
  const touched = new Uint32Array(itemCount);
  const kept = new Uint32Array(itemCount);
  const top = new Uint32Array(Math.max(1, k));
  const start = new Uint32Array(itemCount + 1);
  let items = new Uint32Array(Math.min(itemCount * k, 1 << 20));
  let values = new Float64Array(items.length);
  let used = 0;
  const keptSupported = new Uint32Array(alsoSupported ? itemCount : 0);
  const supportedStart = new Uint32Array(alsoSupported ? itemCount + 1 : 0);
  let supportedItems = new Uint32Array(alsoSupported ? items.length : 0);
  let supportedValues = new Float64Array(supportedItems.length);
  let supportedUsed = 0;
  const lookups = options.lookups ?? 0;
  const lookupCandidates = new Uint32Array(lookups > 0 ? itemCount : 0);
  const lookupBest = new Uint32Array(Math.max(1, lookups));
  const lookupStart = new Uint32Array(itemCount + 1);
  let lookupItems = new Uint32Array(lookups > 0 ? 1 << 16 : 0);
  let lookupValues = new Float32Array(lookupItems.length);
  let lookupUsed = 0;
  const { only } = options;
  for (let item = 0; item < itemCount; item++) {
    if (only && only[item] === 0) {
      start[item + 1] = used;
      lookupStart[item + 1] = lookupUsed;
      if (alsoSupported) supportedStart[item + 1] = supportedUsed;
      continue;
    }
    let touchedCount = 0;
    for (let e = byItem.start[item]!; e < byItem.start[item + 1]!; e++) {
      const group = byItem.items[e]!;
      const step = groupWeight[group]! * byItem.weights[e]!;
      if (step === 0) continue;
      touchedCount = addGroup(row, support, groups, group, step, touched, touchedCount);
    }
    const wholeRowSlot = options.wholeRows ? options.wholeRows.slot[item]! : -1;
    if (wholeRowSlot >= 0) {
      const offset = wholeRowSlot * itemCount;
      const rows = options.wholeRows!.rows;
      for (let t = 0; t < touchedCount; t++) rows[offset + touched[t]!] = row[touched[t]!]!;
    }
    // Without a support threshold, the regressors are the first k of the lookups (both by cosine): one selection.
    const withLookups = lookups > 0 && wholeRowSlot < 0;
    let lookupCount = 0;
    let keptCount = 0;
    let keptSupportedCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      const value = row[other]!;
      const scored = other !== item && value > 0;
      if (scored) score[other] = value * invNorm[other]!;
      if (scored && withLookups) lookupCandidates[lookupCount++] = other;
      if (scored && (minSupport <= 1 || support[other]! >= minSupport)) kept[keptCount++] = other;
      if (scored && alsoSupported && support[other]! >= 2) keptSupported[keptSupportedCount++] = other;
      if (counting) support[other] = 0;
    }
    if (alsoSupported) {
      // Selected before `top` is reused below; the same rule as a pass with minSupport 2 and no lookups.
      const count = selectTopK(keptSupported, keptSupportedCount, score, k, top);
      top.subarray(0, count).sort();
      if (supportedUsed + count > supportedItems.length) {
        const capacity = Math.max(supportedItems.length * 2, supportedUsed + count);
        supportedItems = growTypedArray(supportedItems, capacity);
        supportedValues = growTypedArray(supportedValues, capacity);
      }
      for (let r = 0; r < count; r++) {
        supportedItems[supportedUsed] = top[r]!;
        supportedValues[supportedUsed++] = row[top[r]!]!;
      }
      supportedStart[item + 1] = supportedUsed;
    }
    let count: number;
    if (withLookups) {
      const chosen = selectTopK(lookupCandidates, lookupCount, score, lookups, lookupBest);
      if (minSupport <= 1) {
        count = Math.min(k, chosen);
        top.set(lookupBest.subarray(0, count));
      } else count = selectTopK(kept, keptCount, score, k, top);
      lookupBest.subarray(0, chosen).sort();
      if (lookupUsed + chosen > lookupItems.length) {
        const capacity = Math.max(lookupItems.length * 2, lookupUsed + chosen);
        lookupItems = growTypedArray(lookupItems, capacity);
        lookupValues = growTypedArray(lookupValues, capacity);
      }
      for (let r = 0; r < chosen; r++) {
        lookupItems[lookupUsed] = lookupBest[r]!;
        lookupValues[lookupUsed++] = row[lookupBest[r]!]!;
      }
    } else count = selectTopK(kept, keptCount, score, k, top);
    lookupStart[item + 1] = lookupUsed;
    // In item order: the regression's blocks then read G's whole rows at rising addresses.
    top.subarray(0, count).sort();
    if (used + count > items.length) {
      const capacity = Math.max(items.length * 2, used + count);
      items = growTypedArray(items, capacity);
      values = growTypedArray(values, capacity);
    }
    for (let r = 0; r < count; r++) {
      const other = top[r]!;
      items[used] = other;
      values[used++] = row[other]!;
    }
    for (let t = 0; t < touchedCount; t++) row[touched[t]!] = 0;
    start[item + 1] = used;
  }
  return {
    start,
    items: items.slice(0, used),
    values: values.slice(0, used),
    diagonal,
    lookupStart,
    lookupItems: lookupItems.slice(0, lookupUsed),
    lookupValues: lookupValues.slice(0, lookupUsed),
    ...(alsoSupported && {
      supported: {
        start: supportedStart,
        items: supportedItems.slice(0, supportedUsed),
        values: supportedValues.slice(0, supportedUsed),
      },
    }),
  };
}

/** row[j] += step · x_gj over the group's items, tracking the items touched first (and their support). */
function addGroup(
  row: Float64Array,
  support: Uint32Array,
  groups: GroupMatrix,
  group: number,
  step: number,
  touched: Uint32Array,
  touchedCount: number,
): number {
  let count = touchedCount;
  const counting = support.length > 0;
  const { items, weights } = groups;
  for (let x = groups.start[group]!; x < groups.start[group + 1]!; x++) {
    const other = items[x]!;
    if (row[other] === 0) touched[count++] = other;
    row[other]! += step * weights[x]!;
    if (counting) support[other]!++;
  }
  return count;
}

/**
 * A group of s items weighs 1 / (s − 1)^power in G: a shopper who touched 500 products links each pair of
 * them more weakly than a shopper who touched two. A group of one links nothing and weighs 0, unlike EASE's
 * XᵀX where it adds to its item's diagonal (measured: counting them moved FIMI HR@10 0.2985 → 0.2984 and
 * Groceries 0.4102 → 0.4089).
 */
export function groupWeights(groups: GroupMatrix, power: number): Float64Array {
  const groupCount = groups.start.length - 1;
  const weights = new Float64Array(groupCount);
  for (let group = 0; group < groupCount; group++) {
    const size = groups.start[group + 1]! - groups.start[group]!;
    weights[group] = size > 1 ? 1 / Math.pow(size - 1, power) : 0;
  }
  return weights;
}
