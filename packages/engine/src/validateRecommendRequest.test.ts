import { describe, expect, it } from 'vitest';
import { EngineInputError } from './errors.js';
import { MAX_BASKET_IDS, validateRecommendRequest } from './validateRecommendRequest.js';

describe('validateRecommendRequest', () => {
  it('accepts a full request', () => {
    const request = {
      list: 'frequently-bought-together',
      basket: ['a', 'b'],
      limit: 5,
      filters: { maxPrice: 50, availableOnly: false },
      exclude: ['c'],
      fallback: ['best-selling'],
    };
    expect(validateRecommendRequest(request)).toEqual(request);
  });

  it('accepts a basket of 1,000 ids, the lines of a wholesale order', () => {
    const basket = Array.from({ length: MAX_BASKET_IDS }, (_, i) => `p${i}`);
    expect(MAX_BASKET_IDS).toBe(1000);
    expect(validateRecommendRequest({ list: 'frequently-bought-together', basket })).toEqual({
      list: 'frequently-bought-together',
      basket,
    });
  });

  it('refuses a basket of 1,001 ids with an EngineInputError naming the field and the limit', () => {
    const basket = Array.from({ length: MAX_BASKET_IDS + 1 }, (_, i) => `p${i}`);
    expect(() => validateRecommendRequest({ list: 'frequently-bought-together', basket })).toThrow(
      EngineInputError,
    );
  });

  it.each([
    [null, 'a request must be a JSON object'],
    [[], 'a request must be a JSON object'],
    [{ list: 'popular' }, 'list must be one of new, best-selling'],
    [{ list: 'new', limit: 0 }, 'limit must be an integer from 1 to 100, got 0'],
    [{ list: 'new', limit: 101 }, 'limit must be an integer from 1 to 100, got 101'],
    [{ list: 'new', limit: '5' }, 'limit must be an integer from 1 to 100, got "5"'],
    [{ list: 'similar', productId: 7 }, 'productId must be a non-empty string'],
    [{ list: 'similar', productId: 'x'.repeat(300) }, 'productId must be a non-empty string of at most 256'],
    [{ list: 'similar', basket: 'a,b' }, 'basket must be a list of at most 1000 ids, got "a,b"'],
    [
      { list: 'similar', basket: Array.from({ length: 1001 }, (_, i) => `p${i}`) },
      'aisle-engine: basket must be a list of at most 1000 ids, got 1001 ids',
    ],
    [
      { list: 'new', exclude: Array.from({ length: 501 }, (_, i) => `p${i}`) },
      'exclude must be a list of at most 500 ids, got 501 ids',
    ],
    [{ list: 'similar', basket: ['a', 3] }, 'basket[1] must be a non-empty string'],
    [{ list: 'new', filters: { colour: 'red' } }, 'filters.colour is not a filter'],
    [{ list: 'new', filters: { maxPrice: 'cheap' } }, 'filters.maxPrice must be a number'],
    [{ list: 'new', userid: 'u' }, '"userid" is not a request field'],
    [{ list: 'new', fallback: ['x'] }, 'fallback must be a list of'],
  ])('refuses %j: %s', (input, message) => {
    expect(() => validateRecommendRequest(input)).toThrow(message);
  });
});
