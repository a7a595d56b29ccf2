import { describe, expect, it } from 'vitest';
import { rate } from '../__tests__/rate.js';
import type { Interaction } from '../types.js';
import { evaluateUserRecommender } from './evaluateUserRecommender.js';

describe('evaluateUserRecommender', () => {
  it('averages the metrics over the test users, without products they had in training', () => {
    const train = [rate('u1', 'a'), rate('u2', 'b'), rate('u3', 'c')];
    // u2's b is in its training history and u3's test is only that: u3 is not evaluated.
    const test = [rate('u1', 'b'), rate('u1', 'c'), rate('u2', 'b'), rate('u2', 'a'), rate('u3', 'c')];
    const lists: Record<string, string[]> = { u1: ['b', 'x'], u2: ['c', 'a'] };
    let trainedOn: readonly Interaction[] = [];
    const result = evaluateUserRecommender(
      train,
      test,
      (interactions) => {
        trainedOn = interactions;
        return (userId, k) => (lists[userId] ?? []).slice(0, k);
      },
      2,
    );
    expect(trainedOn).toBe(train);
    expect(result).toMatchObject({ k: 2, users: 2, precision: 0.5, recall: 0.75, map: 0.5, hitRate: 1 });
    // u1: hit at rank 1 of 2 relevant; u2: hit at rank 2 of 1 relevant.
    expect(result.ndcg).toBeCloseTo((1 / (1 + 1 / Math.log2(3)) + 1 / Math.log2(3)) / 2, 12);
    // b, c and a of the training catalog {a, b, c} were shown; x is not in it.
    expect(result.coverage).toBe(1);
    expect(result.trainSeconds).toBeGreaterThanOrEqual(0);
    expect(result.recommendSeconds).toBeGreaterThanOrEqual(0);
  });
});
