import { describe, expect, it } from 'vitest';
import { rate } from '../__tests__/rate.js';
import { trainMostPopular } from './trainMostPopular.js';

describe('trainMostPopular', () => {
  it('ranks products by how many users have them, minus the user’s own', () => {
    // a: 3 users, b: 2, c and d: 1 (c seen first). u1 rating b twice counts once.
    const popular = trainMostPopular([
      rate('u1', 'a'),
      rate('u1', 'b'),
      rate('u1', 'b'),
      rate('u2', 'a'),
      rate('u2', 'c'),
      rate('u3', 'a'),
      rate('u3', 'b'),
      rate('u3', 'd'),
    ]);
    expect(popular('u2', 2)).toEqual(['b', 'd']);
    expect(popular('u1', 5)).toEqual(['c', 'd']);
    expect(popular('new user', 3)).toEqual(['a', 'b', 'c']);
  });
});
