import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './defaultConfig.js';
import { resolveConfig } from './resolveConfig.js';

describe('resolveConfig', () => {
  it('gives the defaults for nothing and merges nested options over them', () => {
    expect(resolveConfig()).toEqual(DEFAULT_CONFIG);
    const config = resolveConfig({
      weights: { view: 3 },
      windows: { trendingDays: 3 },
      fallback: { new: ['trending'] },
    });
    expect(config.weights).toEqual({ ...DEFAULT_CONFIG.weights, view: 3 });
    expect(config.windows.trendingDays).toBe(3);
    expect(config.windows.bestSellingDays).toBe(30);
    expect(config.fallback.new).toEqual(['trending']);
  });

  it('names the option that is wrong', () => {
    expect(() => resolveConfig({ halfLifeDays: -1 })).toThrow(
      'aisle-engine: config halfLifeDays must be a number from 0 to 36500, got -1',
    );
    expect(() => resolveConfig({ ratingPower: 3 })).toThrow(
      'config ratingPower must be a number from 0 to 2, got 3',
    );
    expect(() => resolveConfig({ ratingHalfLifeDays: 40_000 })).toThrow(
      'config ratingHalfLifeDays must be a number from 0 to 36500, got 40000',
    );
    expect(() => resolveConfig({ coPurchaseHalfLifeDays: -5 })).toThrow(
      'config coPurchaseHalfLifeDays must be a number from 0 to 36500, got -5',
    );
    expect(() => resolveConfig({ ridge: { chooseCoPurchaseLambda: 'yes' as never } })).toThrow(
      'config ridge.chooseCoPurchaseLambda must be true or false, got "yes"',
    );
    expect(() => resolveConfig({ neighbors: 2.5 })).toThrow('config neighbors must be an integer, got 2.5');
    expect(() => resolveConfig({ graphItemsPerShopper: 0 })).toThrow(
      'config graphItemsPerShopper must be a number from 1 to 1000, got 0',
    );
    expect(() => resolveConfig({ similarity: 'euclid' as never })).toThrow(
      'config similarity must be one of',
    );
    expect(() => resolveConfig({ weights: { like: 1 } as never })).toThrow(
      'config weights.like is not an option',
    );
    expect(() => resolveConfig({ colour: 'red' } as never)).toThrow('config colour is not an option');
    expect(() => resolveConfig({ fallback: { new: ['popular'] } as never })).toThrow(
      'config fallback.new must be a list',
    );
    expect(() => resolveConfig({ windows: { newDays: 0 } })).toThrow(
      'config windows.newDays must be a number from 1',
    );
  });
});
