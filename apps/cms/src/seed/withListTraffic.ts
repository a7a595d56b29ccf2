import { hashString } from '@aisle/engine';
import type { Interaction } from '@aisle/engine';

/** A seeded event: the engine's interactions, plus impressions and the list a click came from. */
export interface SeedEvent extends Omit<Interaction, 'type'> {
  type: Interaction['type'] | 'impression';
  list?: string;
}

// Where a shopper's click came from, and how many products each list showed per click (its click-through
// rate is about 1 in that many): the storefront's own lists, as the demo store places them.
const LISTS: readonly { list: string; shownPerClick: number }[] = [
  { list: 'people-also-like', shownPerClick: 12 },
  { list: 'frequently-bought-together', shownPerClick: 8 },
  { list: 'picks-for-you', shownPerClick: 10 },
  { list: 'best-selling', shownPerClick: 14 },
  { list: 'trending', shownPerClick: 16 },
  { list: 'new', shownPerClick: 18 },
  { list: 'similar', shownPerClick: 13 },
];
/** One click in this many, since `since`, came from a list (the others from search and category pages). */
const FROM_A_LIST = 3;

/**
 * The synthetic history with the traffic of the storefront's lists in its last days, so that a fresh demo's
 * Performance page has something to show: some clicks since `since` name the list they came from, each after
 * the impressions of that list (the clicked product and others from the catalog) a moment before. Deterministic:
 * the same history gives the same events, so a re-run of the seed adds none.
 */
export function* withListTraffic(
  interactions: Iterable<Interaction>,
  productIds: readonly string[],
  since: number,
): Generator<SeedEvent> {
  for (const interaction of interactions) {
    if (interaction.type !== 'click' || interaction.timestamp < since || productIds.length === 0) {
      yield interaction;
      continue;
    }
    const hash = hashString(`${interaction.userId}|${interaction.productId}|${interaction.timestamp}`);
    if (hash % FROM_A_LIST !== 0) {
      yield interaction;
      continue;
    }
    const { list, shownPerClick } = LISTS[(hash >>> 8) % LISTS.length]!;
    // Some clicks came after more products than others: the rates vary from day to day, as they do.
    const shown = shownPerClick - 6 + ((hash >>> 16) % 13);
    const shownAt = interaction.timestamp - 2000;
    yield { ...interaction, type: 'impression', list, timestamp: shownAt };
    for (let slot = 1; slot < shown; slot++) {
      const productId = productIds[(hash + slot * 7919) % productIds.length]!;
      if (productId !== interaction.productId) {
        yield { userId: interaction.userId, productId, type: 'impression', list, timestamp: shownAt };
      }
    }
    yield { ...interaction, list };
  }
}
