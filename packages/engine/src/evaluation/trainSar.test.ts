import { describe, expect, it } from 'vitest';
import type { Interaction } from '../types.js';
import { trainSar } from './trainSar.js';

const DAY_S = 86_400;
const rate = (userId: string, productId: string, day: number, rating = 1): Interaction => ({
  userId,
  productId,
  type: 'rating',
  rating,
  timestamp: day * DAY_S * 1000,
});

describe('trainSar', () => {
  it('scores affinity x jaccard similarity and leaves out what the user rated', () => {
    // Users: u1 {a, b}, u2 {a, b, c}, u3 {c, d}. Jaccard: ab = 2/2, ac = bc = 1/3, cd = 1/2, ad = bd = 0.
    const train = [
      rate('u1', 'a', 0),
      rate('u1', 'b', 0),
      rate('u2', 'a', 0),
      rate('u2', 'b', 0),
      rate('u2', 'c', 0),
      rate('u3', 'c', 0),
      rate('u3', 'd', 0),
    ];
    const sar = trainSar(train, { halfLifeDays: 0 });
    // u1: c = 1/3 + 1/3, d = 0 (zero scores still fill the list).
    expect(sar('u1', 2)).toEqual(['c', 'd']);
    // u3: a = 1/3 + 0 and b = 1/3 + 0 tie; the product seen first wins.
    expect(sar('u3', 2)).toEqual(['a', 'b']);
    expect(sar('nobody', 2)).toEqual([]);
  });

  it('halves the affinity of a rating every half-life before the newest event', () => {
    // u3 rated a 60 days before c: with a 30-day half-life a weighs 1/4. Jaccard ab = cd = 1/2.
    const train = [
      rate('u1', 'a', 0),
      rate('u1', 'b', 0),
      rate('u2', 'c', 0),
      rate('u2', 'd', 0),
      rate('u3', 'a', 0),
      rate('u3', 'c', 60),
    ];
    expect(trainSar(train, { halfLifeDays: 30 })('u3', 2)).toEqual(['d', 'b']);
    expect(trainSar(train, { halfLifeDays: 0 })('u3', 2)).toEqual(['b', 'd']);
  });

  it('weighs each rating by its value', () => {
    const train = [rate('u1', 'a', 0), rate('u1', 'b', 0), rate('u2', 'c', 0), rate('u2', 'd', 0)];
    train.push(rate('u3', 'a', 0, 1), rate('u3', 'c', 0, 5));
    expect(trainSar(train, { halfLifeDays: 0 })('u3', 1)).toEqual(['d']);
  });
});
