import { recommend, train } from '@aisle/engine';
import type { EngineConfigInput, Interaction, ListName, Product } from '@aisle/engine';

import type { HoldoutMetrics } from '../../../shared/contracts/model';

const EVALUATED_LISTS: readonly ListName[] = ['picks-for-you', 'best-selling'];

export interface HoldoutOptions {
  /** The share of the most recent events held out (default 0.05). */
  fraction?: number;
  /** Shoppers evaluated at most, the first seen in the holdout (default 500). */
  maxUsers?: number;
  /** List length (default 10). */
  k?: number;
}

/**
 * Offline metrics of a training: trains again without the most recent events and measures, for the shoppers
 * of those events, how often a list shown at the cut-off time holds a product they then interacted with
 * (hit rate at k). best-selling is the baseline picks-for-you should beat. Null with under 200 events.
 */
export function evaluateHoldout(
  products: readonly Product[],
  interactions: readonly Interaction[],
  config: EngineConfigInput,
  { fraction = 0.05, maxUsers = 500, k = 10 }: HoldoutOptions = {},
): HoldoutMetrics | null {
  if (interactions.length < 200) {
    return null;
  }
  const times = interactions.map((interaction) => interaction.timestamp).sort((a, b) => a - b);
  const cutoff = times[Math.floor(times.length * (1 - fraction))] as number;
  const history: Interaction[] = [];
  const later = new Map<string, Set<string>>();
  let holdoutEvents = 0;
  for (const interaction of interactions) {
    if (interaction.timestamp < cutoff) {
      history.push(interaction);
      continue;
    }
    holdoutEvents += 1;
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
  const model = train(products, history, config);
  const hitRate: Record<string, number> = {};
  for (const list of EVALUATED_LISTS) {
    let hits = 0;
    for (const [userId, products] of later) {
      const result = recommend(model, { list, userId, limit: k, now: cutoff, fallback: [] });
      if (result.items.some((item) => products.has(item.id))) hits += 1;
    }
    hitRate[list] = Math.round((hits / later.size) * 10_000) / 10_000;
  }
  return { holdoutEvents, users: later.size, k, hitRate };
}
