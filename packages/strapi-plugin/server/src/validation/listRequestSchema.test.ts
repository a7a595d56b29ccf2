import { describe, expect, it } from 'vitest';

import { formatZodError } from './formatZodError';
import { listQuerySchema, listRequestSchema, queryBodySchema } from './listRequestSchema';

const basket = (length: number) => Array.from({ length }, (_, index) => `p${index}`);
const problem = (result: { success: boolean; error?: Parameters<typeof formatZodError>[0] }) =>
  result.success ? null : formatZodError(result.error!);

describe('the list parameters of GET /lists/:list and POST /query', () => {
  it('gives the same request from a query string and from JSON', () => {
    const fromQuery = listQuerySchema.parse({
      productId: 'p1',
      basket: 'a, b,c',
      userId: 'u1',
      category: 'Tents',
      limit: '5',
      exclude: 'x,y',
    });
    const { list, ...fromBody } = listRequestSchema.parse({
      list: 'similar',
      productId: 'p1',
      basket: ['a', 'b', 'c'],
      userId: 'u1',
      category: 'Tents',
      limit: 5,
      exclude: ['x', 'y'],
    });
    expect(list).toBe('similar');
    expect(fromQuery).toEqual(fromBody);
    expect(listQuerySchema.parse({ basket: ['a,b', 'c'] })).toEqual({ basket: ['a', 'b', 'c'] });
  });

  it('takes a basket of 1,000 ids and names the limit over it, either way', () => {
    expect(listQuerySchema.parse({ basket: basket(1000).join(',') }).basket).toHaveLength(1000);
    expect(
      queryBodySchema.parse({ requests: [{ list: 'new', basket: basket(1000) }] }).requests[0]!.basket,
    ).toHaveLength(1000);
    expect(problem(listQuerySchema.safeParse({ basket: basket(1001).join(',') }))).toBe(
      'basket: at most 1000 product ids',
    );
    expect(problem(queryBodySchema.safeParse({ requests: [{ list: 'new', basket: basket(1001) }] }))).toBe(
      'requests[0].basket: at most 1000 product ids',
    );
  });

  it.each([
    [{ limit: '0' }, 'limit: expected a whole number from 1 to 100'],
    [{ limit: '500' }, 'limit: expected a whole number from 1 to 100'],
    [{ limit: 'ten' }, 'limit: expected a whole number from 1 to 100'],
    [{ basket: 'a,,b' }, 'basket[1]: String must contain at least 1 character(s)'],
    [{ exclude: basket(201).join(',') }, 'exclude: at most 200 product ids'],
    [{ colour: 'red' }, "Unrecognized key(s) in object: 'colour'"],
  ])('refuses the query %j: %s', (query, message) => {
    expect(problem(listQuerySchema.safeParse(query))).toBe(message);
  });

  it.each([
    [{ list: 'new', limit: '5' }, 'limit: expected a whole number from 1 to 100'],
    [{ list: 'new', basket: 'a,b' }, 'basket: Expected array, received string'],
    [{ basket: ['a'] }, 'list: Required'],
  ])('refuses the JSON %j: %s', (request, message) => {
    expect(problem(listRequestSchema.safeParse(request))).toBe(message);
  });
});
