import { describe, expect, it } from 'vitest';
import { climbLambda } from './climbLambda.js';

describe('climbLambda', () => {
  it('climbs the doubling grid to the peak, up or down', () => {
    // Peaks at 400 and at 12.5, on a log scale.
    const peakedAt = (peak: number) => (lambda: number) => -Math.abs(Math.log2(lambda / peak));
    expect(climbLambda(peakedAt(400), 50).lambda).toBe(400);
    expect(climbLambda(peakedAt(12.5), 50).lambda).toBe(12.5);
    const choice = climbLambda(peakedAt(400), 50);
    expect(choice.trials.map((trial) => trial.lambda)).toEqual([50, 100, 200, 400, 800]);
    expect(climbLambda(peakedAt(12.5), 50).trials.map((trial) => trial.lambda)).toEqual([
      6.25, 12.5, 25, 50, 100,
    ]);
    expect(choice.trials.find((trial) => trial.lambda === 400)!.score + 0).toBe(0);
  });

  it('stays at the start when neither neighbour is strictly better', () => {
    expect(climbLambda(() => 0.3, 50)).toEqual({
      lambda: 50,
      trials: [
        { lambda: 25, score: 0.3 },
        { lambda: 50, score: 0.3 },
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
    expect(choice.lambda).toBe(2 ** 7);
    expect(Math.max(...asked)).toBe(2 ** 7);
  });

  it('goes up when doubling helps, without trying the half', () => {
    const asked: number[] = [];
    const choice = climbLambda((lambda) => {
      asked.push(lambda);
      return lambda === 50 ? 0 : 1;
    }, 50);
    expect(choice.lambda).toBe(100);
    expect(asked).toEqual([50, 100, 200]);
  });
});
