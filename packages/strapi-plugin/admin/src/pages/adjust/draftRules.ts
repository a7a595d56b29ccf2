import { LIST_NAMES, LISTS } from '@aisle/engine';
import type { ListFilters, ListName, ProductMatch } from '@aisle/engine';

import type { RuleSetInput, StoredRuleSet } from '../../../../shared/contracts/rule-sets';

/** The AI lists, in the engine's order. */
export const AI_LISTS: readonly ListName[] = LIST_NAMES;

export type ContextKind = 'none' | 'product' | 'basket' | 'category' | 'shopper';

/**
 * The context each list is previewed in first: the one its descriptor says it needs, a basket list on a
 * product page (one product is a basket, and the product page is where most shops show it).
 */
export const SUGGESTED_CONTEXT = Object.fromEntries(
  LISTS.map((list) => [list.name, list.context === 'basket' ? 'product' : list.context]),
) as Record<ListName, ContextKind>;

export type ScopeKind = 'everywhere' | 'category' | 'product';

export interface BoostRule {
  match: ProductMatch;
  /** Above 1 boosts, below 1 buries. */
  factor: number;
}

/** A rule set being edited: what the rule editor shows and the preview sends as `draft`. */
export interface DraftRules {
  /** The stored rule set being edited; null for a new one. */
  id: number | null;
  name: string;
  enabled: boolean;
  /** A stored rule set for every list (`list: '*'`) stays so. */
  allLists: boolean;
  scope: { kind: ScopeKind; category?: string; productId?: string };
  pins: { productId: string; position: number }[];
  exclude: ProductMatch[];
  boosts: BoostRule[];
  filters: ListFilters;
  /** Parts of a stored rule set this editor does not show (limit, diversity, fallback, active period), kept as they are. */
  kept: Pick<RuleSetInput, 'limit' | 'diversity' | 'fallback' | 'activeFrom' | 'activeUntil'>;
}

export const EMPTY_DRAFT: DraftRules = {
  id: null,
  name: '',
  enabled: true,
  allLists: false,
  scope: { kind: 'everywhere' },
  pins: [],
  exclude: [],
  boosts: [],
  filters: {},
  kept: {},
};

/** True when the draft holds no rule at all (nothing to preview nor save). */
export const isEmptyDraft = (draft: DraftRules): boolean =>
  draft.pins.length === 0 &&
  draft.exclude.length === 0 &&
  draft.boosts.length === 0 &&
  Object.values(draft.filters).every((value) => value === undefined);

/** The body of POST/PUT /rule-sets (and the preview's `draft`) for a draft of `list`. */
export function toRuleSetInput(draft: DraftRules, list: ListName): RuleSetInput {
  const scope =
    draft.scope.kind === 'category' && draft.scope.category
      ? { category: draft.scope.category }
      : draft.scope.kind === 'product' && draft.scope.productId
        ? { productId: draft.scope.productId }
        : undefined;
  const filters = Object.fromEntries(
    Object.entries(draft.filters).filter(([, value]) => value !== undefined),
  ) as ListFilters;
  return {
    ...draft.kept,
    list: draft.allLists ? '*' : list,
    enabled: draft.enabled,
    ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
    ...(scope ? { scope } : {}),
    ...(draft.pins.length ? { pins: draft.pins } : {}),
    ...(draft.exclude.length ? { exclude: draft.exclude } : {}),
    ...(draft.boosts.length ? { boosts: draft.boosts } : {}),
    ...(Object.keys(filters).length ? { filters } : {}),
  };
}

/** A stored rule set in the editor. */
export function fromStored(stored: StoredRuleSet): DraftRules {
  const { definition } = stored;
  return {
    id: stored.id,
    name: definition.name ?? '',
    enabled: stored.enabled,
    allLists: definition.list === '*',
    scope: definition.scope?.productId
      ? { kind: 'product', productId: definition.scope.productId }
      : definition.scope?.category
        ? { kind: 'category', category: definition.scope.category }
        : { kind: 'everywhere' },
    pins: definition.pins ?? [],
    exclude: definition.exclude ?? [],
    boosts: definition.boosts ?? [],
    filters: definition.filters ?? {},
    kept: Object.fromEntries(
      (['limit', 'diversity', 'fallback', 'activeFrom', 'activeUntil'] as const)
        .filter((key) => definition[key] !== undefined)
        .map((key) => [key, definition[key]]),
    ),
  };
}

/** Every product id a rule set names (pins, matches, scope), to show their titles. */
export function productIdsOf(draft: DraftRules): string[] {
  const ids = new Set<string>();
  if (draft.scope.productId) ids.add(draft.scope.productId);
  for (const pin of draft.pins) ids.add(pin.productId);
  for (const match of [...draft.exclude, ...draft.boosts.map((boost) => boost.match)]) {
    if (match.productId) ids.add(match.productId);
  }
  return [...ids];
}
