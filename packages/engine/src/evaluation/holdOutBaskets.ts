import { createSeededRandom } from './createSeededRandom.js';

export interface HeldOutBasket {
  /** The basket without the held-out product: what the shopper has in the cart. */
  basket: string[];
  /** The product to find among the recommendations. */
  heldOut: string;
}

/**
 * For each basket with at least two distinct products, one product chosen by a seeded generator is held out
 * (not the last one: basket files often list items in catalog order, not in the order they were picked).
 */
export function holdOutBaskets(baskets: Iterable<readonly string[]>, seed = 42): HeldOutBasket[] {
  const random = createSeededRandom(seed);
  const cases: HeldOutBasket[] = [];
  for (const basket of baskets) {
    const items = [...new Set(basket)];
    if (items.length < 2) continue;
    const index = Math.floor(random() * items.length);
    cases.push({ heldOut: items[index]!, basket: items.filter((_, i) => i !== index) });
  }
  return cases;
}
