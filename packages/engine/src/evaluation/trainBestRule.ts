import type { Interaction } from '../types.js';
import { groupBaskets } from './groupBaskets.js';
import type { BasketRecommender } from './Recommenders.js';

export interface BestRuleOptions {
  /** Baskets that must hold both products of a rule (default 2). */
  minSupport?: number;
}

interface Rule {
  consequent: number;
  confidence: number;
  support: number;
}

/**
 * The association-rule baseline: rules a -> c with confidence = baskets(a and c) / baskets(a) and at least
 * `minSupport` baskets holding both. A candidate's score is the confidence of its best single rule whose
 * antecedent is in the basket (ties to more support, then popularity); when the rules give fewer than k
 * products, the most popular ones fill the list.
 */
export function trainBestRule(
  train: readonly Interaction[],
  { minSupport = 2 }: BestRuleOptions = {},
): BasketRecommender {
  const itemIndex = new Map<string, number>();
  const baskets = groupBaskets(train).map((basket) =>
    basket.map((productId) => {
      let item = itemIndex.get(productId);
      if (item === undefined) {
        item = itemIndex.size;
        itemIndex.set(productId, item);
      }
      return item;
    }),
  );
  const n = itemIndex.size;
  const itemIds = [...itemIndex.keys()];
  const count = new Float64Array(n);
  const pairs = new Map<number, number>();
  for (const basket of baskets) {
    for (const a of basket) {
      count[a]!++;
      for (const c of basket) if (a !== c) pairs.set(a * n + c, (pairs.get(a * n + c) ?? 0) + 1);
    }
  }
  const rules: Rule[][] = Array.from({ length: n }, () => []);
  for (const [key, support] of pairs) {
    if (support < minSupport) continue;
    const a = Math.floor(key / n);
    rules[a]!.push({ consequent: key % n, confidence: support / count[a]!, support });
  }
  const popularity = [...count.keys()].sort((a, b) => count[b]! - count[a]! || a - b);
  const better = (x: Rule, y: Rule): number =>
    y.confidence - x.confidence ||
    y.support - x.support ||
    count[y.consequent]! - count[x.consequent]! ||
    x.consequent - y.consequent;
  // Each antecedent's rules best first: a basket reads only the first k of each whose consequent is not in
  // it (a rule further down has k better ones with other consequents, so it cannot make the top k).
  for (const list of rules) list.sort(better);

  return (basket, k) => {
    const inBasket = new Set<number>();
    for (const productId of basket) {
      const item = itemIndex.get(productId);
      if (item !== undefined) inBasket.add(item);
    }
    const best = new Map<number, Rule>();
    for (const a of inBasket) {
      let taken = 0;
      for (const rule of rules[a]!) {
        if (taken === k) break;
        if (inBasket.has(rule.consequent)) continue;
        taken++;
        const current = best.get(rule.consequent);
        if (
          !current ||
          rule.confidence > current.confidence ||
          (rule.confidence === current.confidence && rule.support > current.support)
        ) {
          best.set(rule.consequent, rule);
        }
      }
    }
    const ranked = [...best.values()]
      .sort(better)
      .slice(0, k)
      .map((rule) => rule.consequent);
    const picked = new Set(ranked);
    for (const item of popularity) {
      if (ranked.length >= k) break;
      if (!picked.has(item) && !inBasket.has(item)) ranked.push(item);
    }
    return ranked.map((item) => itemIds[item]!);
  };
}
