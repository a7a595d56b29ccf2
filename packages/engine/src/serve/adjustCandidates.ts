import type { ListContext } from '../lists/ListContext.js';
import { applyBoosts } from './applyBoosts.js';
import { capDiversity } from './capDiversity.js';
import type { Entry } from './Entry.js';
import { gatherCandidates, type CandidateBlock } from './gatherCandidates.js';
import { placePins } from './placePins.js';
import type { ResolvedRules } from './ResolvedRules.js';
import type { Screen } from './Screen.js';

/**
 * The merchandising stages, in order: candidates screened block by block (the list's, then fallbacks while
 * short), boosts and buries, diversity, the limit, then pins, which never override an exclusion or a filter.
 * What each rule did goes to `screen.effects`.
 */
export function adjustCandidates(
  context: ListContext,
  rules: ResolvedRules,
  screen: Screen,
  nextBlock: (index: number) => CandidateBlock | undefined,
): Entry[] {
  const { model, runtime } = context;
  const { effects } = screen;
  const blocks = gatherCandidates(nextBlock, screen, rules.limit + rules.pins.length, rules.any);
  let entries = applyBoosts(model, runtime, blocks, rules.boosts, effects);
  entries = capDiversity(model.catalog, entries, rules.diversity, effects).slice(0, rules.limit);
  return placePins(model, runtime, entries, rules.pins, screen, rules.limit, effects);
}
