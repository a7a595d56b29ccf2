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
}

/** Produces up to `pool` ranked candidates, best first. */
export type ListGenerator = (context: ListContext, pool: number) => Candidate[];
