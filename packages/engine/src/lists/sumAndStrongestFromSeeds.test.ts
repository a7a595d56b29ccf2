import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEMS, contextOf, neighborsArbitrary, seedsArbitrary } from '../__tests__/randomNeighbors.js';
import type { Neighbors } from '../sparse/Neighbors.js';
import { STRONGEST_PAIR_FULL_LINES, STRONGEST_PAIR_MAX_LINES } from './strongestPairShare.js';
import { sumAndStrongestFromSeeds } from './sumAndStrongestFromSeeds.js';

/**
 * The definition over maps: the sum over seeds scaled to its best, plus the maximum scaled to its best, the
 * latter times min(1, STRONGEST_PAIR_FULL_LINES / lines) up to STRONGEST_PAIR_MAX_LINES lines and 0 beyond;
 * the seeds themselves set the scales but are not returned.
 */
function naive(summed: Neighbors, strongest: Neighbors, seeds: number[]): [number, number][] {
  const sums = new Map<number, number>();
  const maxima = new Map<number, number>();
  for (const seed of seeds) {
    for (let k = summed.start[seed]!; k < summed.start[seed + 1]!; k++)
      sums.set(summed.items[k]!, (sums.get(summed.items[k]!) ?? 0) + summed.scores[k]!);
    for (let k = strongest.start[seed]!; k < strongest.start[seed + 1]!; k++)
      maxima.set(strongest.items[k]!, Math.max(maxima.get(strongest.items[k]!) ?? 0, strongest.scores[k]!));
  }
  const bestSum = Math.max(0, ...sums.values());
  const bestMax = Math.max(0, ...maxima.values());
  const fading =
    seeds.length > STRONGEST_PAIR_MAX_LINES
      ? 0
      : Math.min(1, STRONGEST_PAIR_FULL_LINES / Math.max(1, seeds.length));
  const items = new Set([...sums.keys(), ...maxima.keys()]);
  return [...items]
    .map((item): [number, number] => [
      item,
      (sums.get(item) ?? 0) * (bestSum > 0 ? 1 / bestSum : 0) +
        (maxima.get(item) ?? 0) * (bestMax > 0 ? fading / bestMax : 0),
    ])
    .filter(([item, score]) => score > 0 && !seeds.includes(item))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** Rows written as lists of [neighbour, score], best first, one list per product. */
function neighborsOf(rows: [number, number][][]): Neighbors {
  const start = new Uint32Array(rows.length + 1);
  rows.forEach((row, item) => (start[item + 1] = start[item]! + row.length));
  return {
    start,
    items: Uint32Array.from(rows.flat().map(([item]) => item)),
    scores: Float32Array.from(rows.flat().map(([, score]) => score)),
    support: new Float32Array(0),
  };
}

describe('sumAndStrongestFromSeeds', () => {
  it('adds the scaled sum and the scaled strongest pair like the definition, best first', () => {
    const context = contextOf();
    fc.assert(
      fc.property(
        neighborsArbitrary,
        neighborsArbitrary,
        seedsArbitrary,
        fc.integer({ min: 1, max: 50 }),
        (summed, strongest, seedsAndWeights, pool) => {
          const seeds = seedsAndWeights.map(([seed]) => seed);
          const expected = naive(summed, strongest, seeds).slice(0, pool);
          const got = sumAndStrongestFromSeeds(context, summed, strongest, seeds, pool);
          expect(got.items.length).toBe(expected.length);
          got.scores.forEach((score, r) => expect(score).toBeCloseTo(expected[r]![1], 9));
          // Equal scores may come in another order only when they are equal.
          got.items.forEach((item, r) => {
            if (item !== expected[r]![0]) expect(got.scores[r]).toBeCloseTo(expected[r]![1], 9);
          });
          const { scores, strongest: maxima } = context.runtime.scratch;
          expect(scores.every((value) => value === 0) && maxima.every((value) => value === 0)).toBe(true);
        },
      ),
    );
  });

  it('lets the strongest pair decide a short basket and the sum a long one', () => {
    // Products 0..11 are the basket's lines. Line 0 is bought with 12 far more often than with anything else;
    // every line is bought a little with 13.
    const lines = 12;
    const rows = (weights: (line: number) => [number, number][]): Neighbors =>
      neighborsOf(Array.from({ length: 14 }, (_, line) => (line < lines ? weights(line) : [])));
    const summed = rows((line) =>
      line === 0
        ? [
            [12, 0.5],
            [13, 0.2],
          ]
        : [[13, 0.2]],
    );
    const strongest = rows((line) =>
      line === 0
        ? [
            [12, 0.9],
            [13, 0.1],
          ]
        : [[13, 0.1]],
    );
    const top = (seeds: number[]) =>
      sumAndStrongestFromSeeds(contextOf(), summed, strongest, seeds, 2).items[0];
    expect(top([0, 1])).toBe(12);
    expect(top([...Array(lines).keys()])).toBe(13);
  });

  it('counts the strongest pair up to STRONGEST_PAIR_MAX_LINES lines and not beyond', () => {
    // Line 0 of the basket was bought with product 38 once, strongly (the walk only); every line goes with 39
    // in the learned weights. Up to the limit 38 follows 39; one line more and the basket's sum decides alone.
    const lines = STRONGEST_PAIR_MAX_LINES + 1;
    const rowsOf = (row: (line: number) => [number, number][]) =>
      neighborsOf(Array.from({ length: ITEMS }, (_, line) => (line < lines ? row(line) : [])));
    const summed = rowsOf(() => [[39, 0.1]]);
    const strongest = rowsOf((line) => (line === 0 ? [[38, 1]] : []));
    const listFor = (basketLines: number) =>
      sumAndStrongestFromSeeds(contextOf(), summed, strongest, [...Array(basketLines).keys()], 5).items;
    expect(listFor(STRONGEST_PAIR_MAX_LINES)).toEqual([39, 38]);
    expect(listFor(STRONGEST_PAIR_MAX_LINES + 1)).toEqual([39]);
  });

  it("never returns the basket's own lines, however strongly they go together", () => {
    // A 30-line order whose lines were always bought together, and product 35 with each of them more weakly:
    // the lines fill each other's rows first, and still the small pool holds product 35.
    const lines = 30;
    const rows = neighborsOf(
      Array.from({ length: 36 }, (_, line): [number, number][] =>
        line < lines
          ? [
              ...[...Array(lines).keys()]
                .filter((other) => other !== line)
                .map((other): [number, number] => [other, 0.9]),
              [35, 0.1],
            ]
          : [],
      ),
    );
    const got = sumAndStrongestFromSeeds(contextOf(), rows, rows, [...Array(lines).keys()], 5);
    expect(got.items).toEqual([35]);
  });

  it("reads each line's learned row to its end, negative weights included", () => {
    // Each of 10 lines' rows holds product 21, then 22, then a negative weight on 20: the sum reads them all,
    // so 22 is found, and 20, summed below zero, is not.
    const lines = 10;
    const summed = neighborsOf(
      Array.from({ length: 22 }, (_, line): [number, number][] =>
        line < lines
          ? [
              [21, 0.5],
              [22, 0.01],
              [20, -0.3],
            ]
          : [],
      ),
    );
    const none = neighborsOf(Array.from({ length: 22 }, () => []));
    const got = sumAndStrongestFromSeeds(contextOf(), summed, none, [...Array(lines).keys()], 5);
    expect(got.items).toEqual([21, 22]);
  });
});
