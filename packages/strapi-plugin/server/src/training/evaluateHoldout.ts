import { hashString, MAX_BASKET_IDS, MAX_LIMIT, recommend, train } from '@aisle/engine';
import type { EngineConfigInput, Interaction, ListName, Product } from '@aisle/engine';

import type { HoldoutMetrics } from '../../../shared/contracts/model';

const EVALUATED_LISTS: readonly ListName[] = ['picks-for-you', 'best-selling'];

export interface HoldoutOptions {
  /** The share of the most recent events held out (default 0.05). */
  fraction?: number;
  /** Shoppers evaluated at most, the first seen in the holdout (default 500). */
  maxUsers?: number;
  /** Orders asked at most, the first of the holdout with two products or more (default 500). */
  maxOrders?: number;
  /** List length (default 10). */
  k?: number;
}

/**
 * Offline metrics of a training: trains again without the most recent events and measures, for the shoppers
 * of those events, how often a list shown at the cut-off time holds a product they then interacted with
 * (hit rate at k); and, for the orders of those events with two products or more, how often frequently bought
 * together for the order less one product holds that product. best-selling is the baseline each should beat.
 * Null with under 200 events.
 */
export function evaluateHoldout(
  products: readonly Product[],
  interactions: readonly Interaction[],
  config: EngineConfigInput,
  { fraction = 0.05, maxUsers = 500, maxOrders = 500, k = 10 }: HoldoutOptions = {},
): HoldoutMetrics | null {
  if (interactions.length < 200) {
    return null;
  }
  const times = interactions.map((interaction) => interaction.timestamp).sort((a, b) => a - b);
  const cutoff = times[Math.floor(times.length * (1 - fraction))] as number;
  const history: Interaction[] = [];
  const later = new Map<string, Set<string>>();
  const laterOrders = new Map<string, Set<string>>();
  let holdoutEvents = 0;
  for (const interaction of interactions) {
    if (interaction.timestamp < cutoff) {
      history.push(interaction);
      continue;
    }
    holdoutEvents += 1;
    if (interaction.type === 'purchase' && interaction.orderId !== undefined) {
      const lines = laterOrders.get(interaction.orderId);
      if (lines) lines.add(interaction.productId);
      else laterOrders.set(interaction.orderId, new Set([interaction.productId]));
    }
    let seen = later.get(interaction.userId);
    if (seen === undefined) {
      if (later.size >= maxUsers) continue;
      seen = new Set();
      later.set(interaction.userId, seen);
    }
    seen.add(interaction.productId);
  }
  if (later.size === 0) {
    return null;
  }
  // An order with lines before the cut-off is partly known to the model: not a fair question.
  for (const { orderId } of history) if (orderId !== undefined) laterOrders.delete(orderId);
  const model = train(products, history, config);
  const hitRate: Record<string, number> = {};
  for (const list of EVALUATED_LISTS) {
    let hits = 0;
    for (const [userId, products] of later) {
      const result = recommend(model, { list, userId, limit: k, now: cutoff, fallback: [] });
      if (result.items.some((item) => products.has(item.id))) hits += 1;
    }
    hitRate[list] = share(hits, later.size);
  }
  return {
    holdoutEvents,
    users: later.size,
    k,
    hitRate,
    baskets: evaluateBaskets(model, laterOrders, cutoff, k, maxOrders),
  };
}

/**
 * Each later order with two products or more asks frequently bought together
 * with one product held out (chosen by a hash of the order id, so that a retraining asks the same): a hit when
 * the list holds it. Best sellers, the order's products left out, are the baseline. Null without such orders.
 */
function evaluateBaskets(
  model: ReturnType<typeof train>,
  orders: ReadonlyMap<string, ReadonlySet<string>>,
  now: number,
  k: number,
  maxOrders: number,
): NonNullable<HoldoutMetrics['baskets']> | null {
  let asked = 0;
  let together = 0;
  let bestSelling = 0;
  const bestSellers = recommend(model, {
    list: 'best-selling',
    limit: MAX_LIMIT,
    now,
    fallback: [],
  }).items.map((item) => item.id);
  for (const [orderId, lines] of orders) {
    if (asked === maxOrders) break;
    if (lines.size < 2) continue;
    const products = [...lines].sort();
    const heldOut = products[hashString(orderId) % products.length]!;
    const basket = products.filter((product) => product !== heldOut).slice(0, MAX_BASKET_IDS);
    asked += 1;
    const fbt = recommend(model, { list: 'frequently-bought-together', basket, limit: k, now, fallback: [] });
    if (fbt.items.some((item) => item.id === heldOut)) together += 1;
    const best = bestSellers.filter((id) => !lines.has(id) || id === heldOut).slice(0, k);
    if (best.includes(heldOut)) bestSelling += 1;
  }
  if (asked === 0) return null;
  return {
    orders: asked,
    hitRate: {
      'frequently-bought-together': share(together, asked),
      'best-selling': share(bestSelling, asked),
    },
  };
}

function share(hits: number, total: number): number {
  return Math.round((hits / total) * 10_000) / 10_000;
}
