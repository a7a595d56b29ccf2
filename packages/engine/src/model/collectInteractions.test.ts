import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/resolveConfig.js';
import { INTERACTION_TYPES } from '../types.js';
import type { Interaction } from '../types.js';
import { collectInteractions, interactionWeight, typeIndex } from './collectInteractions.js';

const interactionArbitrary = fc.record(
  {
    userId: fc.constantFrom('u1', 'u2', 'u3'),
    productId: fc.constantFrom('a', 'b', 'c', 'd'),
    type: fc.constantFrom(...INTERACTION_TYPES),
    timestamp: fc.integer({ min: 0, max: 10 * 86_400_000 }),
    rating: fc.integer({ min: 1, max: 5 }),
    weight: fc.double({ min: 0, max: 10, noNaN: true }),
  },
  { requiredKeys: ['userId', 'productId', 'type', 'timestamp'] },
);

describe('collectInteractions', () => {
  it('indexes types in the order of INTERACTION_TYPES', () => {
    INTERACTION_TYPES.forEach((type, index) => expect(typeIndex(type)).toBe(index));
  });

  it('reads events into columns like the one-event functions, ids indexed in order of first appearance', () => {
    const config = resolveConfig({ weights: { view: 1.5, rating: 2 } });
    fc.assert(
      fc.property(fc.array(interactionArbitrary, { maxLength: 40 }), (events: Interaction[]) => {
        const products = new Map<string, number>();
        const users = new Map<string, number>();
        const { columns } = collectInteractions(events, config, products, true, users);
        expect(columns.count).toBe(events.length);
        expect([...products.keys()]).toEqual([...new Set(events.map((event) => event.productId))]);
        expect([...users.keys()]).toEqual([...new Set(events.map((event) => event.userId))]);
        events.forEach((event, e) => {
          expect(columns.users[e]).toBe(users.get(event.userId));
          expect(columns.items[e]).toBe(products.get(event.productId));
          expect(columns.types[e]).toBe(typeIndex(event.type));
          expect(columns.weights[e]).toBe(Math.fround(interactionWeight(event, config)));
          expect(columns.times[e]).toBe(event.timestamp);
        });
      }),
    );
  });

  it('weighs a rating by its value to the ratingPower (0.5 by default), keeping its sign', () => {
    const rated = (rating?: number): Interaction => ({
      userId: 'u',
      productId: 'p',
      type: 'rating',
      timestamp: 0,
      ...(rating === undefined ? {} : { rating }),
    });
    const byDefault = resolveConfig({ weights: { rating: 3 } });
    expect(interactionWeight(rated(4), byDefault)).toBe(6);
    expect(interactionWeight(rated(0.25), byDefault)).toBe(1.5);
    expect(interactionWeight(rated(-4), byDefault)).toBe(-6);
    expect(interactionWeight(rated(), byDefault)).toBe(3);
    expect(interactionWeight(rated(4), resolveConfig({ ratingPower: 1 }))).toBe(4);
    expect(interactionWeight(rated(4), resolveConfig({ ratingPower: 0 }))).toBe(1);
    // An event's own weight still overrides the rating.
    expect(interactionWeight({ ...rated(4), weight: 7 }, byDefault)).toBe(7);
    const { columns } = collectInteractions([rated(4), rated(9)], byDefault, new Map(), true, new Map());
    expect(Array.from(columns.weights.subarray(0, columns.count))).toEqual([6, 9]);
  });

  it('names an unknown type', () => {
    const event = { userId: 'u', productId: 'p', type: 'like', timestamp: 0 } as unknown as Interaction;
    expect(() => collectInteractions([event], resolveConfig(), new Map(), true, new Map())).toThrow(
      'interaction #1: type "like" is not one of view, click, add_to_cart, purchase, rating',
    );
  });
});
