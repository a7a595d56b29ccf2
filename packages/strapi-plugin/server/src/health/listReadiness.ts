import type { EngineConfig, ListName } from '@aisle/engine';
import { LIST_NAMES } from '@aisle/engine';

import type { ListHealth, ListRequirement, ListStatus } from '../../../shared/contracts/health';

/** A carousel's first row: fewer products than this and a list looks broken. */
export const MIN_LIST_PRODUCTS = 4;
/**
 * Share of the catalog with related products at which an item-to-item list shows something on most product
 * pages. Products bought together are rarer than products viewed by the same shoppers, hence a lower target.
 */
export const TARGET_SHARES = { related: 0.5, boughtTogether: 0.2, content: 0.5 } as const;

export interface ReadinessInput {
  /** A model is trained and serving. */
  hasModel: boolean;
  products: number;
  /** What the model finds without fallback: products launched, sold and trending in their windows. */
  found: { new: number; bestSelling: number; trending: number };
  /** Share of products with item-to-item neighbours, per source (the engine's modelStats coverage). */
  coverage: { behaviour: number; coPurchase: number; content: number };
  views: number;
  viewedProducts: number;
  mapped: { launchDate: boolean; content: boolean };
  windows: EngineConfig['windows'];
}

const FIELD_KINDS = new Set<ListRequirement['kind']>(['launch-date-field', 'content-fields']);

/**
 * How ready each list is to serve: its requirements (a model, mapped fields, enough products or coverage), the
 * share met, and the products it can draw from. Lists in the engine's order.
 */
export function listReadiness(input: ReadinessInput): ListHealth[] {
  const { found, coverage, products, windows } = input;
  const model: ListRequirement = { kind: 'model', have: input.hasModel ? 1 : 0, need: 1 };
  const share = (value: number) => Math.round(value * 1000) / 1000;
  const covered = (value: number) => Math.round(value * products);
  const specs: Record<ListName, { items: number; requirements: ListRequirement[] }> = {
    new: {
      items: found.new,
      requirements: [
        model,
        { kind: 'launch-date-field', have: input.mapped.launchDate ? 1 : 0, need: 1 },
        { kind: 'launched-products', have: found.new, need: MIN_LIST_PRODUCTS, days: windows.newDays },
      ],
    },
    'best-selling': {
      items: found.bestSelling,
      requirements: [
        model,
        {
          kind: 'sold-products',
          have: found.bestSelling,
          need: MIN_LIST_PRODUCTS,
          days: windows.bestSellingDays,
        },
      ],
    },
    trending: {
      items: found.trending,
      requirements: [
        model,
        {
          kind: 'trending-products',
          have: found.trending,
          need: MIN_LIST_PRODUCTS,
          days: windows.trendingDays,
        },
      ],
    },
    'people-also-like': {
      items: covered(coverage.behaviour),
      requirements: [
        model,
        { kind: 'related-share', have: share(coverage.behaviour), need: TARGET_SHARES.related },
      ],
    },
    'frequently-bought-together': {
      items: covered(coverage.coPurchase),
      requirements: [
        model,
        {
          kind: 'bought-together-share',
          have: share(coverage.coPurchase),
          need: TARGET_SHARES.boughtTogether,
        },
      ],
    },
    'picks-for-you': {
      items: covered(coverage.behaviour),
      requirements: [
        model,
        { kind: 'related-share', have: share(coverage.behaviour), need: TARGET_SHARES.related },
      ],
    },
    'recently-viewed': {
      items: input.viewedProducts,
      requirements: [model, { kind: 'views', have: input.views, need: 1 }],
    },
    similar: {
      items: covered(coverage.content),
      requirements: [
        model,
        { kind: 'content-fields', have: input.mapped.content ? 1 : 0, need: 1 },
        { kind: 'content-share', have: share(coverage.content), need: TARGET_SHARES.content },
      ],
    },
  };
  return LIST_NAMES.map((list) => {
    const { items, requirements } = specs[list];
    const met = (requirement: ListRequirement) => requirement.have >= requirement.need;
    const readiness =
      requirements.reduce((sum, requirement) => sum + Math.min(requirement.have / requirement.need, 1), 0) /
      requirements.length;
    let status: ListStatus = 'ready';
    if (requirements.some((requirement) => FIELD_KINDS.has(requirement.kind) && !met(requirement))) {
      status = 'disabled';
    } else if (!requirements.every(met)) {
      status = 'not-enough-data';
    }
    return { list, status, readiness: Math.round(readiness * 100) / 100, items, requirements };
  });
}
