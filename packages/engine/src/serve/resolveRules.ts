import type { ListName, RecommendRequest, RuleSet } from '../types.js';
import { MAX_LIMIT } from '../validateRecommendRequest.js';
import type { ResolvedRules } from './ResolvedRules.js';

const DEFAULT_LIMIT = 10;

/**
 * Merges the applicable rule sets (least specific first) with the request: a value set by the request wins,
 * then the most specific rule set's; filters, exclusions, boosts and pins of every set all apply.
 */
export function resolveRules(
  ruleSets: readonly RuleSet[],
  request: RecommendRequest,
  defaultFallback: readonly ListName[],
): ResolvedRules {
  const lastDefined = <T>(pick: (ruleSet: RuleSet) => T | undefined): T | undefined => {
    for (let r = ruleSets.length - 1; r >= 0; r--) {
      const value = pick(ruleSets[r]!);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const diversitySet = lastDefined((ruleSet) => (ruleSet.diversity ? ruleSet : undefined));
  return {
    any: ruleSets.length > 0,
    limit: Math.min(request.limit ?? lastDefined((ruleSet) => ruleSet.limit) ?? DEFAULT_LIMIT, MAX_LIMIT),
    availableOnly: request.filters?.availableOnly ?? lastDefined((r) => r.filters?.availableOnly) ?? true,
    filters: [
      { owner: 'request', rule: request.filters ?? {} },
      ...ruleSets.map((ruleSet) => ({ owner: ruleSet.id, rule: ruleSet.filters ?? {} })),
    ],
    exclusions: ruleSets.flatMap((ruleSet) =>
      (ruleSet.exclude ?? []).map((rule) => ({ owner: ruleSet.id, rule })),
    ),
    boosts: ruleSets.flatMap((ruleSet) =>
      (ruleSet.boosts ?? []).map((rule) => ({ owner: ruleSet.id, rule })),
    ),
    pins: ruleSets.flatMap((ruleSet) =>
      [...(ruleSet.pins ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((rule) => ({ owner: ruleSet.id, rule })),
    ),
    diversity:
      diversitySet?.diversity === undefined
        ? undefined
        : { owner: diversitySet.id, rule: diversitySet.diversity },
    fallback: request.fallback ?? lastDefined((ruleSet) => ruleSet.fallback) ?? defaultFallback,
  };
}
