import type { RuleSet } from '@aisle/engine';

import type { ErrorResponse } from './errors';

/** A stored rule set: the engine's `RuleSet` (its `id` is the stored id as a string) plus its state. */
export interface StoredRuleSet {
  id: number;
  enabled: boolean;
  definition: RuleSet;
  createdAt: string;
  updatedAt: string;
}

/** The engine's rule set without its id (the plugin gives it), with ISO 8601 or epoch times. */
export type RuleSetInput = Omit<RuleSet, 'id' | 'activeFrom' | 'activeUntil'> & {
  enabled?: boolean;
  activeFrom?: number | string | null;
  activeUntil?: number | string | null;
};

/** GET /recommendations/rule-sets */
export declare namespace FindRuleSets {
  interface Response {
    data: StoredRuleSet[];
  }
}

/** GET /recommendations/rule-sets/:id */
export declare namespace FindRuleSet {
  interface Request {
    params: { id: string };
  }
  interface Response {
    data: StoredRuleSet;
  }
  type ErrorBody = ErrorResponse;
}

/** POST /recommendations/rule-sets */
export declare namespace CreateRuleSet {
  interface Request {
    body: RuleSetInput;
  }
  interface Response {
    data: StoredRuleSet;
  }
  type ErrorBody = ErrorResponse;
}

/** PUT /recommendations/rule-sets/:id */
export declare namespace UpdateRuleSet {
  interface Request {
    params: { id: string };
    /** Replaces the whole rule set. */
    body: RuleSetInput;
  }
  interface Response {
    data: StoredRuleSet;
  }
  type ErrorBody = ErrorResponse;
}

/** DELETE /recommendations/rule-sets/:id */
export declare namespace DeleteRuleSet {
  interface Request {
    params: { id: string };
  }
  interface Response {
    data: { id: number };
  }
  type ErrorBody = ErrorResponse;
}
