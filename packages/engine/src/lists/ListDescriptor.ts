import type { InteractionColumns } from '../model/InteractionColumns.js';
import type { Model } from '../model/Model.js';
import type { EngineConfig } from '../types.js';
import type { ListGenerator } from './ListContext.js';

/**
 * What a request must carry for the list to mean something: nothing (storefront lists), a product (a product
 * page), a basket (one product or several: cart and checkout), or a shopper.
 */
export type ListContextKind = 'none' | 'product' | 'basket' | 'shopper';

/**
 * One thing a list needs to serve well, with how much of it there is (`have`) and how much makes the list
 * ready (`need`). `kind` names it for people (the admin translates each kind); `days` is the list's window for
 * what is counted over one; `setting` marks a need only a setting meets (a mapped field), not more data.
 */
export interface ListRequirement {
  kind: string;
  have: number;
  need: number;
  days?: number;
  setting?: boolean;
}

/** What the deployment knows when a list's readiness is asked: the serving model, if any, and its data. */
export interface ReadinessFacts {
  /** The serving model's configuration (or the one the next training will use). */
  config: EngineConfig;
  products: number;
  /** Share of products with item-to-item neighbours, per source (0 without a model). */
  coverage: { behaviour: number; coPurchase: number; content: number };
  /** View events stored, and the distinct products they name. */
  views: number;
  viewedProducts: number;
  /** Catalog fields the shop maps: a launch date, and category, brand or tags. */
  mapped: { launchDate: boolean; content: boolean };
  /**
   * Products the list serves by itself (no fallback, no rules, at most 100); with `reason`, only those served
   * for that reason (best-selling goes on with merely popular products, which are not what it is about).
   */
  ownItems(list: string, reason?: string): number;
  /** The serving model, for a list that counts its own data (see `ListDescriptor.train`); null before any. */
  model: Model | null;
}

/** What a list that keeps data of its own trains it from: the interactions as columns, and the model's sizes. */
export interface ListTrainingInput {
  columns: InteractionColumns;
  userCount: number;
  itemCount: number;
  /** The newest event time (ms). */
  clock: number;
  config: EngineConfig;
}

/** How ready one list is: the products it can draw from and its requirements, a trained model aside. */
export interface ListReadinessSpec {
  items: number;
  requirements: ListRequirement[];
}

/**
 * Everything about one list: the engine serves it, and the CLI, the bench, the Strapi plugin (validation,
 * readiness, warm-up), the admin (labels, suggested context) and the storefront derive what they need from it.
 */
export interface ListDescriptor<Name extends string = string> {
  name: Name;
  /** The heading a storefront shows by default (English; the admin translates `list.<name>`). */
  heading: string;
  /** One line on what the list is, for help texts. */
  summary: string;
  context: ListContextKind;
  generate: ListGenerator;
  /** The lists that fill this one when it has fewer products than asked, in order (names of lists). */
  fallback: readonly string[];
  /**
   * Where a product page's fallback stays: in the seed's category ("more tents"), or one level above it
   * (what goes with a tent is in Outdoor; other tents are substitutes, not companions).
   */
  fallbackScope?: 'seed-category' | 'seed-department';
  /** Products the shopper already bought are left out, unless the request includes them. */
  hidesPurchased?: boolean;
  readiness(facts: ReadinessFacts): ListReadinessSpec;
  /**
   * For a list that needs data no other part of the model keeps: trains it once per training, stored (and
   * serialized) as `model.lists[name]`. Plain objects of numbers, strings and typed arrays only.
   */
  train?(input: ListTrainingInput): object;
}
