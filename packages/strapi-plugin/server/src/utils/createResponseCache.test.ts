import { afterEach, describe, expect, it, vi } from 'vitest';

import { createResponseCache } from './createResponseCache';

afterEach(() => {
  vi.useRealTimers();
});

describe('createResponseCache', () => {
  const catalog = { products: 1 };
  const rules: unknown[] = [];

  it('gives back a value while its stamp holds the same objects', () => {
    const cache = createResponseCache<string>({ maxEntries: 10, maxAgeMs: 60_000 });
    cache.set('best-selling?limit=3', [catalog, rules, 4], 'body');
    expect(cache.get('best-selling?limit=3', [catalog, rules, 4])).toBe('body');
    expect(cache.get('best-selling?limit=4', [catalog, rules, 4])).toBeUndefined();
  });

  it('misses once any part of the stamp changed, even to an equal copy', () => {
    const cache = createResponseCache<string>({ maxEntries: 10, maxAgeMs: 60_000 });
    cache.set('k', [catalog, rules, 4], 'body');
    expect(cache.get('k', [catalog, rules, 5])).toBeUndefined();
    cache.set('k', [catalog, rules, 4], 'body');
    expect(cache.get('k', [{ products: 1 }, rules, 4])).toBeUndefined();
    cache.set('k', [catalog, rules, 4], 'body');
    expect(cache.get('k', [catalog, rules])).toBeUndefined();
  });

  it('drops a value older than maxAgeMs', () => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
    const cache = createResponseCache<string>({ maxEntries: 10, maxAgeMs: 60_000 });
    cache.set('k', [1], 'body');
    vi.setSystemTime(1_060_000);
    expect(cache.get('k', [1])).toBe('body');
    vi.setSystemTime(1_060_001);
    expect(cache.get('k', [1])).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the least recently stored first', () => {
    const cache = createResponseCache<number>({ maxEntries: 2, maxAgeMs: 60_000 });
    cache.set('a', [], 1);
    cache.set('b', [], 2);
    cache.set('a', [], 3);
    cache.set('c', [], 4);
    expect(cache.get('b', [])).toBeUndefined();
    expect(cache.get('a', [])).toBe(3);
    expect(cache.get('c', [])).toBe(4);
  });
});
