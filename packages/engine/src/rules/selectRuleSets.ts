import { isInCategory } from '../catalog/isInCategory.js';
import type { ListContext } from '../lists/ListContext.js';
import type { ListName, RuleSet } from '../types.js';

/**
 * The rule sets that apply to a request, least specific first (everywhere, then category, then seed product;
 * ties by id), so that a more specific set's pins and limit win.
 */
export function selectRuleSets(
  ruleSets: readonly RuleSet[],
  list: ListName,
  context: ListContext,
): RuleSet[] {
  const { model, runtime } = context;
  const specificity = (ruleSet: RuleSet): number =>
    ruleSet.scope?.productId !== undefined ? 2 : ruleSet.scope?.category !== undefined ? 1 : 0;
  return ruleSets
    .filter((ruleSet) => {
      if (ruleSet.list !== '*' && ruleSet.list !== list) return false;
      if (ruleSet.activeFrom !== undefined && context.now < ruleSet.activeFrom) return false;
      if (ruleSet.activeUntil !== undefined && context.now >= ruleSet.activeUntil) return false;
      const scope = ruleSet.scope;
      if (scope?.productId !== undefined) {
        const seed = runtime.productIndex.get(scope.productId);
        if (seed === undefined || !context.seeds.includes(seed)) return false;
      }
      if (scope?.category !== undefined) {
        const nodes = runtime.categoryIndex.get(scope.category.toLowerCase()) ?? [];
        const requested = context.categoryNodes ?? [];
        const inScope =
          requested.some((node) => nodes.includes(node)) ||
          context.seeds.some((seed) => isInCategory(model.catalog, seed, nodes));
        if (!inScope) return false;
      }
      return true;
    })
    .sort((a, b) => specificity(a) - specificity(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
