import type { Model } from '../model/Model.js';
import type { ModelRuntime } from '../model/ModelRuntime.js';
import { matchesProduct } from '../rules/matchesProduct.js';
import type { RuleEffect } from '../types.js';
import type { Entry } from './Entry.js';
import { isRanked } from './isRanked.js';
import type { ResolvedRules } from './ResolvedRules.js';

/**
 * Boosts and buries multiply scores; each block is re-ranked on its own, as scores of two lists do not compare.
 * Returns the blocks' entries in one array.
 */
export function applyBoosts(
  model: Model,
  runtime: ModelRuntime,
  blocks: Entry[][],
  boosts: ResolvedRules['boosts'],
  effects: RuleEffect[],
): Entry[] {
  const { catalog } = model;
  for (const block of blocks) {
    for (const entry of block) {
      for (const { owner, rule } of boosts) {
        if (rule.factor === 1 || !matchesProduct(model, runtime, entry.item, rule.match)) continue;
        entry.score *= rule.factor;
        const action = rule.factor > 1 ? 'boost' : 'bury';
        entry.reasons = [...entry.reasons, { kind: action === 'boost' ? 'boosted' : 'buried', text: action }];
        effects.push({
          ruleSetId: owner,
          action,
          productId: catalog.ids[entry.item]!,
          detail: `${catalog.titles[entry.item]} score x${rule.factor}`,
        });
      }
    }
    if (!isRanked(block)) block.sort((a, b) => b.score - a.score || a.item - b.item);
  }
  // Not blocks.flat(), which is slow enough to show in picks-for-you's profile.
  const entries: Entry[] = [];
  for (const block of blocks) for (const entry of block) entries.push(entry);
  return entries;
}
