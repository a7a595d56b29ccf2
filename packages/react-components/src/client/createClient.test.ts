import { describe, expect, it } from 'vitest';

import { catalog } from '../mocks/catalog';
import { createMockFetch } from '../mocks/createMockFetch';
import { createClient } from './createClient';
import { RecommendationsError } from './RecommendationsError';

describe('createClient', () => {
  it('names a bad baseUrl', () => {
    expect(() => createClient({ baseUrl: 'cms.example.com' })).toThrow(
      '@aisle/react: baseUrl must be http(s) or start with "/", got "cms.example.com"',
    );
    expect(() => createClient({} as { baseUrl: string })).toThrow('got undefined');
  });

  it('asks for the lists of one tick in one POST /query, and answers each in its order', async () => {
    const fetch = createMockFetch();
    const client = createClient({ baseUrl: 'http://cms.test/', fetch });
    const [trending, similar, fbt] = await Promise.all([
      client.getList({ list: 'trending', limit: 2 }),
      client.getList({ list: 'similar', productId: 'p1', limit: 3 }),
      client.getList({ list: 'frequently-bought-together', basket: ['p1', 'p2'], limit: 1 }),
    ]);
    expect(fetch.requests).toEqual([
      {
        method: 'POST',
        path: '/api/recommendations/query',
        body: {
          requests: [
            { list: 'trending', limit: 2 },
            { list: 'similar', productId: 'p1', limit: 3 },
            { list: 'frequently-bought-together', basket: ['p1', 'p2'], limit: 1 },
          ],
        },
      },
    ]);
    expect([trending.meta.list, trending.data.length]).toEqual(['trending', 2]);
    expect([similar.meta.list, similar.data.length]).toEqual(['similar', 3]);
    expect([fbt.meta.list, fbt.data.length]).toEqual(['frequently-bought-together', 1]);
  });

  it('splits more than 10 lists into requests of at most 10 (the API limit)', async () => {
    const fetch = createMockFetch();
    const client = createClient({ baseUrl: 'http://cms.test', fetch });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, limit) => client.getList({ list: 'new', limit: limit + 1 })),
    );
    expect(
      fetch.requests.map((request) => (request.body as { requests: unknown[] }).requests.length),
    ).toEqual([10, 2]);
    expect(answers.map((answer) => answer.data.length)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('sends a 1,000-line basket, too long for any URL, in the body of a POST /query', async () => {
    const fetch = createMockFetch();
    const client = createClient({ baseUrl: 'http://cms.test', fetch });
    const basket = ['p1', ...Array.from({ length: 999 }, (_, index) => `wholesale-line-${index}`)];
    expect(basket.join(',').length).toBeGreaterThan(1500);
    const answer = await client.getList({ list: 'frequently-bought-together', basket, limit: 2 });
    expect(fetch.requests).toEqual([
      {
        method: 'POST',
        path: '/api/recommendations/query',
        body: { requests: [{ list: 'frequently-bought-together', basket, limit: 2 }] },
      },
    ]);
    expect(answer.data).toHaveLength(2);
    expect(answer.meta.unknownIds).toEqual(basket.slice(1));
  });

  it('sends calls made in different ticks separately', async () => {
    const fetch = createMockFetch();
    const client = createClient({ baseUrl: 'http://cms.test', fetch });
    await client.getList({ list: 'new' });
    await client.getList({ list: 'trending' });
    expect(fetch.requests).toHaveLength(2);
  });

  it("rejects every list of a failed batch with the server's status and message", async () => {
    const client = createClient({ baseUrl: 'http://cms.test', fetch: createMockFetch({ status: 503 }) });
    const results = await Promise.allSettled([
      client.getList({ list: 'new' }),
      client.getList({ list: 'trending' }),
    ]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const error = (result as PromiseRejectedResult).reason;
      expect(error).toBeInstanceOf(RecommendationsError);
      expect(error.status).toBe(503);
      expect(error.message).toBe('@aisle/react: 503 the mock CMS failed on purpose');
    }
  });

  it('gets an editorial list by slug, and null when none is in effect', async () => {
    const fetch = createMockFetch({ editorial: { 'summer picks': { title: 'Summer', products: [] } } });
    const client = createClient({ baseUrl: '/cms', fetch });
    await expect(client.getEditorial('summer picks')).resolves.toMatchObject({ title: 'Summer', items: [] });
    await expect(client.getEditorial('winter')).resolves.toBeNull();
    expect(fetch.requests.map((request) => request.path)).toEqual([
      '/cms/api/recommendations/editorial/summer%20picks',
      '/cms/api/recommendations/editorial/winter',
    ]);
  });

  it("resolves the CMS's relative picture URLs against the CMS, on its origin or through the store's proxy", async () => {
    const picture = (url: string) => ({ ...catalog[0]!, image: { ...catalog[0]!.image!, url } });
    const products = [
      picture('/uploads/tent.svg'),
      picture('https://cdn.example.com/a.png'),
      picture('//cdn/b.png'),
    ];
    const urls = async (baseUrl: string, mediaBase?: string) => {
      const client = createClient({ baseUrl, mediaBase, fetch: createMockFetch({ products }) });
      const { data } = await client.getList({ list: 'best-selling', limit: 3 });
      return data.map((item) => item.product.image!.url);
    };
    expect(await urls('https://cms.example.com/')).toEqual([
      'https://cms.example.com/uploads/tent.svg',
      'https://cdn.example.com/a.png',
      '//cdn/b.png',
    ]);
    expect(await urls('/cms')).toEqual([
      '/cms/uploads/tent.svg',
      'https://cdn.example.com/a.png',
      '//cdn/b.png',
    ]);
    expect((await urls('/'))[0]).toBe('/uploads/tent.svg');
    // A store that serves /uploads itself keeps them as they are; a CDN in front of the uploads takes its address.
    expect((await urls('https://cms.example.com', ''))[0]).toBe('/uploads/tent.svg');
    expect((await urls('/cms', 'https://media.example.com'))[0]).toBe(
      'https://media.example.com/uploads/tent.svg',
    );
  });

  it('rethrows editorial errors other than 404', async () => {
    const client = createClient({ baseUrl: 'http://cms.test', fetch: createMockFetch({ status: 500 }) });
    await expect(client.getEditorial('summer')).rejects.toMatchObject({ status: 500 });
  });
});
