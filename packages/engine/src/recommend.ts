import { getList } from './lists/listRegistry.js';
import type { Model } from './model/Model.js';
import { selectRuleSets } from './rules/selectRuleSets.js';
import { adjustCandidates } from './serve/adjustCandidates.js';
import { createScreen } from './serve/createScreen.js';
import { explainLate } from './serve/explainLate.js';
import { fallbackContext } from './serve/fallbackContext.js';
import type { CandidateBlock } from './serve/gatherCandidates.js';
import { resolveContext } from './serve/resolveContext.js';
import { resolveRules } from './serve/resolveRules.js';
import type { RecommendOptions, RecommendRequest, RecommendResult } from './types.js';
import { validateRecommendRequest } from './validateRecommendRequest.js';

/**
 * Serves one list, stage by stage: the request in the model's indexes; the rule sets that apply, merged; the
 * list's candidates then its fallback chain while it has fewer than asked, each screened (request, exclusions,
 * filters); boosts and buries; diversity; the limit; pins, which never override an exclusion or a filter; the
 * late reasons. Synchronous and deterministic for a given model and request.
 */
export function recommend(
  model: Model,
  request: RecommendRequest,
  options: RecommendOptions = {},
): RecommendResult {
  const valid = validateRecommendRequest(request);
  const list = getList(valid.list);
  const context = resolveContext(model, valid);
  const ruleSets = selectRuleSets(options.ruleSets ?? [], valid.list, context);
  const rules = resolveRules(ruleSets, valid, model.config.fallback[valid.list]);
  const screen = createScreen(context, rules, valid.exclude ?? [], list.hidesPurchased === true);

  const pool = (rules.limit + rules.pins.length) * 3 + 20;
  const chain = rules.fallback.filter((name) => name !== valid.list);
  const scoped = chain.length > 0 ? fallbackContext(context, list) : context;
  const nextBlock = (index: number): CandidateBlock | undefined => {
    if (index === 0) return { candidates: list.generate(context, pool), source: 'ai' };
    const fallbackList = chain[index - 1];
    if (fallbackList === undefined) return undefined;
    return { candidates: getList(fallbackList).generate(scoped, pool), source: 'fallback', fallbackList };
  };
  const entries = adjustCandidates(context, rules, screen, nextBlock);
  explainLate(entries);

  return {
    list: valid.list,
    items: entries.map((entry) => ({
      id: model.catalog.ids[entry.item]!,
      score: entry.score,
      reasons: entry.reasons,
      source: entry.source,
    })),
    effects: screen.effects,
  };
}
