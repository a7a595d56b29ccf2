import type { Explain } from '../lists/ListContext.js';
import type { ItemSource, Reason } from '../types.js';

/** A product on its way to being served. */
export interface Entry {
  item: number;
  score: number;
  reasons: Reason[];
  source: ItemSource;
  /** The list's late reasons, which go before `reasons`. */
  explain?: Explain;
}
