// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { createClient } from '../client/createClient';
import { EditorialList } from '../components/EditorialList';
import { PeopleAlsoLike } from '../components/PeopleAlsoLike';
import { Trending } from '../components/Trending';
import { RecommendationsProvider } from '../context/RecommendationsProvider';
import { catalog } from '../mocks/catalog';
import { createMockFetch } from '../mocks/createMockFetch';
import { prefetchRecommendations } from './prefetchRecommendations';

describe('prefetchRecommendations', () => {
  it('fetches the lists of a page in one request, and they are in the first HTML', async () => {
    const fetch = createMockFetch({
      editorial: { gifts: { title: 'Gift ideas', products: catalog.slice(3, 5) } },
    });
    const fallback = await prefetchRecommendations({
      baseUrl: 'http://cms.test',
      fetch,
      userId: 'u1',
      lists: [
        { list: 'trending', limit: 2 },
        { list: 'people-also-like', productId: 'p1', limit: 2 },
      ],
      editorial: ['gifts'],
    });
    // The editorial list goes at once; the lists wait for the end of the tick to share one request.
    expect(fetch.requests.map((request) => [request.method, request.path, request.body])).toEqual([
      ['GET', '/api/recommendations/editorial/gifts', undefined],
      [
        'POST',
        '/api/recommendations/query',
        {
          requests: [
            { list: 'trending', limit: 2, userId: 'u1' },
            { list: 'people-also-like', productId: 'p1', limit: 2, userId: 'u1' },
          ],
        },
      ],
    ]);

    // The page, rendered on the server as Next.js does: the provider gets the fallback, the lists their props.
    const page = renderToString(
      <RecommendationsProvider
        client={createClient({ baseUrl: 'http://cms.test', fetch })}
        userId="u1"
        fallback={fallback}
      >
        <Trending limit={2} />
        <PeopleAlsoLike productId="p1" limit={2} />
        <EditorialList slug="gifts" />
      </RecommendationsProvider>,
    );
    expect(fetch.requests).toHaveLength(2);
    for (const title of [
      'Walnut cutting board',
      'Enamel camping mug',
      'Ceramic pour-over',
      'Linen napkins',
      'Gift ideas',
    ]) {
      expect(page).toContain(title);
    }
    expect(page).not.toContain('aisle-skeleton');
  });

  it("prefetches a signed-in shopper's lists with their token, under the keys the provider looks up", async () => {
    const fetch = createMockFetch();
    const fallback = await prefetchRecommendations({
      baseUrl: 'http://cms.test',
      fetch,
      shopperToken: 'v1.signed.token',
      sessionId: 'a-session-that-the-token-replaces',
      lists: [{ list: 'trending', limit: 2 }],
    });
    expect(fetch.requests.map((request) => request.body)).toEqual([
      { requests: [{ list: 'trending', limit: 2, shopperToken: 'v1.signed.token' }] },
    ]);
    const page = renderToString(
      <RecommendationsProvider
        client={createClient({ baseUrl: 'http://cms.test', fetch })}
        shopperToken="v1.signed.token"
        sessionId="a-session-that-the-token-replaces"
        fallback={fallback}
      >
        <Trending limit={2} />
      </RecommendationsProvider>,
    );
    expect(fetch.requests).toHaveLength(1);
    expect(page).toContain('Walnut cutting board');
  });

  it('leaves out a list the CMS could not serve, so that the browser asks for it', async () => {
    const fallback = await prefetchRecommendations({
      client: createClient({ baseUrl: 'http://cms.test', fetch: createMockFetch({ status: 503 }) }),
      lists: [{ list: 'new' }],
      editorial: ['gifts'],
    });
    expect(fallback).toEqual({});
  });

  it('throws when the API rejects a request as invalid, since the browser would fail too', async () => {
    const prefetch = prefetchRecommendations({
      baseUrl: 'http://cms.test',
      fetch: createMockFetch({ status: 400 }),
      lists: [{ list: 'similar' }],
    });
    await expect(prefetch).rejects.toMatchObject({ status: 400 });
  });
});
