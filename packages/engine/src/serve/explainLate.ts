import type { Explain } from '../lists/ListContext.js';
import type { Entry } from './Entry.js';

/** Late reasons: one call per list for the items it serves, put before the reasons the entries carry. */
export function explainLate(entries: readonly Entry[]): void {
  const explained = new Set<Explain>();
  for (const entry of entries) {
    const { explain } = entry;
    if (!explain || explained.has(explain)) continue;
    explained.add(explain);
    const served = entries.filter((other) => other.explain === explain);
    const reasons = explain(served.map((other) => other.item));
    served.forEach((other, r) => (other.reasons = [...reasons[r]!, ...other.reasons]));
  }
}
