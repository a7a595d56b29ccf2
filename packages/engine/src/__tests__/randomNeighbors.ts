import fc from 'fast-check';
import type { ListContext } from '../lists/ListContext.js';
import { getRuntime } from '../model/ModelRuntime.js';
import type { Neighbors } from '../sparse/Neighbors.js';
import { train } from '../train.js';

/** Random neighbour lists and seeds over a small real catalog, for the serving kernels' oracle tests. */
export const ITEMS = 40;

/** A real context over a catalog of ITEMS products: the scratch arrays are the runtime's own. */
export function contextOf(): ListContext {
  const products = Array.from({ length: ITEMS }, (_, i) => ({ id: `p${i}`, title: `Product ${i}` }));
  const model = train(products, []);
  return {
    model,
    runtime: getRuntime(model),
    seeds: [],
    user: -1,
    categoryNodes: null,
    categoryName: undefined,
    now: 0,
    includePurchased: false,
  };
}

/** Neighbour lists best first, as training writes them; few distinct scores, so that ties happen. */
export const neighborsArbitrary = fc
  .array(
    fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: ITEMS - 1 }), fc.integer({ min: 1, max: 4 })), {
      selector: ([item]) => item,
      maxLength: 30,
    }),
    { minLength: ITEMS, maxLength: ITEMS },
  )
  .map((rows): Neighbors => {
    const sorted = rows.map((row) => [...row].sort((a, b) => b[1] - a[1] || a[0] - b[0]));
    const start = new Uint32Array(ITEMS + 1);
    sorted.forEach((row, i) => (start[i + 1] = start[i]! + row.length));
    return {
      start,
      items: Uint32Array.from(sorted.flat().map(([item]) => item)),
      scores: Float32Array.from(sorted.flat().map(([, score]) => score / 4)),
      support: new Float32Array(0),
    };
  });

export const seedsArbitrary = fc.uniqueArray(
  fc.tuple(fc.integer({ min: 0, max: ITEMS - 1 }), fc.constantFrom(0, 0.5, 1, 2, 3)),
  { selector: ([seed]) => seed, maxLength: 25 },
);

/** The sums and the strongest seed of each item, over a map. */
export function naiveSeedScores(neighbors: Neighbors, seeds: [number, number][]) {
  const sums = new Map<number, number>();
  const strongest = new Map<number, { value: number; position: number }>();
  seeds.forEach(([seed, weight], position) => {
    if (!(weight > 0)) return;
    for (let k = neighbors.start[seed]!; k < neighbors.start[seed + 1]!; k++) {
      const item = neighbors.items[k]!;
      const value = weight * neighbors.scores[k]!;
      sums.set(item, (sums.get(item) ?? 0) + value);
      if (value > (strongest.get(item)?.value ?? 0)) strongest.set(item, { value, position });
    }
  });
  return { sums, strongest };
}
