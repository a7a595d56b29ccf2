import type { Model } from '../model/Model.js';
import type { ModelRuntime } from '../model/ModelRuntime.js';
import type { RuleEffect } from '../types.js';
import type { Entry } from './Entry.js';
import type { ResolvedRules } from './ResolvedRules.js';
import type { Screen } from './Screen.js';

/**
 * Puts each pinned product at its position, rule set by rule set (a later, more specific set's pin moves an
 * earlier one down). A pin never overrides the request nor an exclusion or filter of any rule set: a recalled
 * or unsuitable product stays out, and the effect names the rule that won.
 */
export function placePins(
  model: Model,
  runtime: ModelRuntime,
  entries: Entry[],
  pins: ResolvedRules['pins'],
  screen: Screen,
  limit: number,
  effects: RuleEffect[],
): Entry[] {
  const { catalog } = model;
  for (const { owner, rule } of pins) {
    const item = runtime.productIndex.get(rule.productId);
    const skip = (detail: string, overriddenBy?: string) =>
      effects.push({
        ruleSetId: owner,
        action: 'pin',
        productId: rule.productId,
        detail,
        ...(overriddenBy ? { overriddenBy } : {}),
      });
    if (item === undefined) {
      skip(`pin of ${rule.productId} skipped: it is not in the catalog`);
      continue;
    }
    if (screen.blocked(item)) {
      skip(
        `pin of ${rule.productId} skipped: it is the current product, in the basket or excluded by the request`,
      );
      continue;
    }
    const ruledOut = screen.ruledOut(item, false);
    if (ruledOut?.action === 'unavailable') {
      skip(`pin of ${rule.productId} skipped: it is not available`);
      continue;
    }
    if (ruledOut !== null) {
      const by = ruledOut.owner === 'request' ? 'the request' : `rule set ${ruledOut.owner}`;
      const how = ruledOut.action === 'exclude' ? 'an exclusion' : 'a filter';
      skip(`pin of ${catalog.titles[item]} overridden by ${how} of ${by}`, ruledOut.owner);
      continue;
    }
    entries = entries.filter((entry) => entry.item !== item);
    const position = Math.max(0, Math.min(Math.floor(rule.position) - 1, entries.length));
    entries.splice(position, 0, {
      item,
      score: entries[position]?.score ?? entries[entries.length - 1]?.score ?? 1,
      reasons: [{ kind: 'pinned', text: 'Selected by our team' }],
      source: 'pinned',
    });
    effects.push({
      ruleSetId: owner,
      action: 'pin',
      productId: rule.productId,
      detail: `${catalog.titles[item]} pinned at position ${position + 1}`,
    });
  }
  return entries.slice(0, limit);
}
