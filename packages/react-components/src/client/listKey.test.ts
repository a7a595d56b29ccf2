import { describe, expect, it } from 'vitest';

import { listKey } from './listKey';

describe('listKey', () => {
  it('is the same whatever the order of the fields, and ignores undefined ones', () => {
    expect(listKey({ list: 'similar', productId: 'p1', limit: 4 })).toBe(
      listKey({ limit: 4, productId: 'p1', list: 'similar', category: undefined }),
    );
  });

  it('differs when a value or the order of the basket differs', () => {
    const key = listKey({ list: 'frequently-bought-together', basket: ['p1', 'p2'] });
    expect(listKey({ list: 'frequently-bought-together', basket: ['p1', 'p3'] })).not.toBe(key);
    expect(listKey({ list: 'frequently-bought-together', basket: ['p2', 'p1'] })).not.toBe(key);
    expect(key).toBe('aisle:list:{"basket":["p1","p2"],"list":"frequently-bought-together"}');
  });
});
