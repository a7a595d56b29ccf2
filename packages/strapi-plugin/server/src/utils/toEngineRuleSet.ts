import type { RuleSet } from '@aisle/engine';

import type { ParsedRuleSet } from '../validation/ruleSetSchema';

/** A validated rule set as the engine takes it: `id` given, empty parts (undefined or null) left out. */
export function toEngineRuleSet(input: ParsedRuleSet, id: string): RuleSet {
  const { enabled: _enabled, ...rules } = input;
  const definition: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rules)) {
    if (value !== undefined && value !== null) {
      definition[key] = value;
    }
  }
  return { ...(definition as Omit<RuleSet, 'id'>), id };
}
