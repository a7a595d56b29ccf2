import type { Model } from '../model/Model.js';
import type { ModelRuntime } from '../model/ModelRuntime.js';
import type { Reason } from '../types.js';
import type { UserProfile } from './getUserProfile.js';

/** A request resolved to dense indexes, shared by every list generator. */
export interface ListContext {
  model: Model;
  runtime: ModelRuntime;
  /** The seed products: the product page's product, or the basket. */
  seeds: number[];
  /** The shopper's index, -1 when unknown. */
  user: number;
  /** Category nodes the list is restricted to; null for no restriction, [] for an unknown category. */
  categoryNodes: number[] | null;
  /** The category as the request named it. */
  categoryName: string | undefined;
  now: number;
  includePurchased: boolean;
  /** The shopper's profile, built on first use. */
  profile?: UserProfile;
}

export interface Candidate {
  item: number;
  score: number;
  reasons: Reason[];
  /** Reasons given late, before `reasons`: asked once per list for the items served only. */
  explain?: Explain;
}

/**
 * The reasons of each of `items` (distinct candidates of one list), in order. Lists whose reasons cost a
 * search (which seed contributed most) give them this way, so that the search runs for the 10 items served
 * and not for the whole candidate pool.
 */
export type Explain = (items: readonly number[]) => Reason[][];

/** Produces up to `pool` ranked candidates, best first. */
export type ListGenerator = (context: ListContext, pool: number) => Candidate[];
