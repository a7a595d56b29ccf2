import type { Candidate } from '../lists/ListContext.js';
import type { ItemSource, ListName } from '../types.js';
import type { Entry } from './Entry.js';
import { isRanked } from './isRanked.js';
import type { Screen } from './Screen.js';

/** One block of candidates: the list's own, or a fallback list's (scores of two lists do not compare). */
export interface CandidateBlock {
  candidates: Candidate[];
  source: ItemSource;
  /** The list that filled in, for a fallback block. */
  fallbackList?: ListName;
}

/**
 * The list's screened candidates, then each fallback's while fewer than `wanted` are found: blocks in order,
 * each product once, what the screen rules out left out (and recorded). `nextBlock` is asked lazily, so a full
 * list never runs its fallbacks.
 */
export function gatherCandidates(
  nextBlock: (index: number) => CandidateBlock | undefined,
  screen: Screen,
  wanted: number,
  anyRules: boolean,
): Entry[][] {
  const taken = new Set<number>();
  const blocks: Entry[][] = [];
  let count = 0;
  for (let index = 0; index === 0 || count < wanted; index++) {
    const next = nextBlock(index);
    if (next === undefined) break;
    const { candidates, source, fallbackList } = next;
    // Without rules nothing re-ranks a block nor records what it leaves out: once a block ranked best first
    // holds what is still wanted, the rest of its candidates could only be cut by the limit.
    const stopAt = !anyRules && isRanked(candidates) ? wanted - count : Infinity;
    const block: Entry[] = [];
    for (const candidate of candidates) {
      if (block.length >= stopAt) break;
      const { item } = candidate;
      if (taken.has(item) || screen.blocked(item)) continue;
      taken.add(item);
      if (screen.ruledOut(item, true) !== null) continue;
      const reasons = fallbackList
        ? [
            ...candidate.reasons,
            { kind: 'fallback' as const, list: fallbackList, text: `Filled in from ${fallbackList}` },
          ]
        : candidate.reasons;
      block.push({ item, score: candidate.score, reasons, source, explain: candidate.explain });
    }
    blocks.push(block);
    count += block.length;
  }
  return blocks;
}
