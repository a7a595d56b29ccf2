import type { ListRequirement } from './ListDescriptor.js';

/** A requirement on a share of the catalog (0 to 1), rounded to three decimals as people read it. */
export function shareRequirement(kind: string, share: number, need: number): ListRequirement {
  return { kind, have: Math.round(share * 1000) / 1000, need };
}
