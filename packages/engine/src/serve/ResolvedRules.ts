import type { DiversityCap, ListFilters, ListName, ProductMatch } from '../types.js';

/** A rule with the id of the rule set it comes from ('request' for the request's own filters). */
export interface Owned<T> {
  owner: string;
  rule: T;
}

/** The rule sets that apply to one request, merged into what each stage of serving needs. */
export interface ResolvedRules {
  /** Any rule set applies (without, nothing re-ranks a block nor records what it leaves out). */
  any: boolean;
  limit: number;
  availableOnly: boolean;
  /** The request's filters first, then each rule set's. */
  filters: Owned<ListFilters>[];
  exclusions: Owned<ProductMatch>[];
  boosts: Owned<{ match: ProductMatch; factor: number }>[];
  /** Rule set by rule set, each set's pins by position. */
  pins: Owned<{ productId: string; position: number }>[];
  diversity: Owned<DiversityCap> | undefined;
  fallback: readonly ListName[];
}
