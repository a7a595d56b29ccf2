import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naiveSolve } from '../__tests__/naiveSolve.js';
import { easeTopK, trainEase } from './trainEase.js';

describe('trainEase', () => {
  it("gives each product's column the ridge regression of that product on all the others", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f'), {
            minLength: 1,
            maxLength: 5,
          }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        fc.double({ min: 0.5, max: 30, noNaN: true }),
        (groups, lambda) => {
          const model = trainEase(groups, lambda);
          const n = model.ids.length;
          const gram = model.ids.map((a) =>
            model.ids.map((b) => groups.filter((g) => g.includes(a) && g.includes(b)).length),
          );
          for (let j = 0; j < n; j++) {
            const others = model.ids.map((_, i) => i).filter((i) => i !== j);
            if (others.length === 0) continue;
            const expected = naiveSolve(
              others.map((a) => others.map((b) => gram[a]![b]! + (a === b ? lambda : 0))),
              others.map((a) => gram[a]![j]!),
            );
            others.forEach((i, r) => expect(model.weights[i * n + j]).toBeCloseTo(expected[r]!, 8));
            expect(model.weights[j * n + j]).toBe(0);
          }
        },
      ),
    );
  });

  it('ranks by the summed rows, leaving the seeds out and breaking ties by popularity', () => {
    const model = trainEase(
      [['tent', 'stove'], ['tent', 'stove'], ['tent', 'mug'], ['mug'], ['mug'], ['lamp']],
      1,
    );
    expect(easeTopK(model, ['tent'], 2)).toEqual(['stove', 'mug']);
    expect(easeTopK(model, [], 3)).toEqual(['tent', 'mug', 'stove']);
  });
});
