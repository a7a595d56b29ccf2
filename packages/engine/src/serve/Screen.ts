import type { RuleEffect } from '../types.js';

/** Why a product may not be served: the request's own exclusions, or a rule. */
export interface Screen {
  /** The seeds, the request's `exclude`, and (for lists that hide them) what the shopper bought. */
  blocked(item: number): boolean;
  /**
   * The rule that keeps the product out (an exclusion, a filter, or unavailability), or null. With `record`,
   * the exclusion or filter is also written to the effects.
   */
  ruledOut(item: number, record: boolean): RuledOut | null;
  effects: RuleEffect[];
}

export interface RuledOut {
  /** The rule set's id; 'request' for the request's own filters and for availability. */
  owner: string;
  action: 'exclude' | 'filter' | 'unavailable';
}
