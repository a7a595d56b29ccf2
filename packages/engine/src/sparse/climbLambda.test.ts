import { describe, expect, it } from 'vitest';
import { climbLambda } from './climbLambda.js';

describe('climbLambda', () => {
  it('climbs the doubling grid to the peak, up or down', () => {
    // Peaks at 400 and at 12.5, on a log scale.
    const peakedAt = (peak: number) => (lambda: number) => -Math.abs(Math.log2(lambda / peak));
    expect(climbLambda(peakedAt(400), 50).lambda).toBe(400);
    expect(climbLambda(peakedAt(12.5), 50).lambda).toBe(12.5);
    const choice = climbLambda(peakedAt(400), 50);
    expect(choice.trials.map((trial) => Math.round(trial.lambda))).toEqual([
      50, 100, 200, 283, 400, 566, 800,
    ]);
    expect(climbLambda(peakedAt(12.5), 50).trials.map((trial) => trial.lambda.toFixed(2))).toEqual([
      '6.25',
      '8.84',
      '12.50',
      '17.68',
      '25.00',
      '50.00',
      '100.00',
    ]);
    expect(choice.trials.find((trial) => trial.lambda === 400)!.score + 0).toBe(0);
  });

  it('stays at the start when neither neighbour is strictly better', () => {
    expect(climbLambda(() => 0.3, 50)).toEqual({
      lambda: 50,
      trials: [
        { lambda: 25, score: 0.3 },
        { lambda: 50 * Math.SQRT1_2, score: 0.3 },
        { lambda: 50, score: 0.3 },
        { lambda: 50 * Math.SQRT2, score: 0.3 },
        { lambda: 100, score: 0.3 },
      ],
    });
    expect(climbLambda((lambda) => (lambda === 50 ? 0.3 : 0.2), 50).lambda).toBe(50);
  });

  it('evaluates each λ once and stops after a bounded number of steps', () => {
    const asked: number[] = [];
    const choice = climbLambda((lambda) => {
      asked.push(lambda);
      return lambda; // better forever upwards
    }, 1);
    expect(new Set(asked).size).toBe(asked.length);
    // Seven doublings, then half a step further.
    expect(choice.lambda).toBe(2 ** 7 * Math.SQRT2);
    expect(Math.max(...asked)).toBe(2 ** 7 * Math.SQRT2);
  });

  it('goes up when doubling helps, without trying the half', () => {
    const asked: number[] = [];
    const choice = climbLambda((lambda) => {
      asked.push(lambda);
      return lambda === 50 ? 0 : 1;
    }, 50);
    expect(choice.lambda).toBe(100);
    expect(asked).toEqual([50, 100, 200, 100 * Math.SQRT2, 100 * Math.SQRT1_2]);
  });

  it('takes half a step when the peak lies between two doublings, and only when strictly better', () => {
    const peakedAt = (peak: number) => (lambda: number) => -Math.abs(Math.log2(lambda / peak));
    expect(climbLambda(peakedAt(300), 50).lambda).toBeCloseTo(200 * Math.SQRT2, 9);
    expect(climbLambda(peakedAt(160), 50).lambda).toBeCloseTo(200 * Math.SQRT1_2, 9);
    // Equal on the half step: the grid's λ stays.
    expect(climbLambda((lambda) => (lambda >= 100 ? 1 : 0), 50).lambda).toBe(100);
  });
});
