import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';

import { createClient } from '../client/createClient';
import { FrequentlyBoughtTogether } from '../components/FrequentlyBoughtTogether';
import { Trending } from '../components/Trending';
import { RecommendationsProvider } from '../context/RecommendationsProvider';
import { createMockFetch } from '../mocks/createMockFetch';
import { prefetchRecommendations } from './prefetchRecommendations';

// React reports a hydration mismatch as an uncaught error, which fails the run; the HTML must also stay as served.
describe('prefetched lists in the browser', () => {
  it('hydrate the server HTML without a mismatch, then are interactive', async () => {
    const fetch = createMockFetch();
    const client = createClient({ baseUrl: 'http://cms.test', fetch });
    const fallback = await prefetchRecommendations({
      client,
      sessionId: 's1',
      lists: [
        { list: 'trending', limit: 3 },
        { list: 'frequently-bought-together', productId: 'p1', limit: 2 },
      ],
    });
    const page = (
      <SWRConfig value={{ provider: () => new Map(), revalidateOnMount: false }}>
        <RecommendationsProvider client={client} sessionId="s1" fallback={fallback}>
          <Trending limit={3} />
          <FrequentlyBoughtTogether productId="p1" limit={2} />
        </RecommendationsProvider>
      </SWRConfig>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.append(container);
    const served = container.innerHTML;
    expect(served).toContain('Walnut cutting board');

    const root = await act(async () => hydrateRoot(container, page));
    expect(container.innerHTML).toBe(served);
    expect(screen.getByRole('status')).toHaveTextContent('Total: €65.75');
    await act(async () => screen.getAllByRole('checkbox')[0]!.click());
    expect(screen.getByRole('status')).toHaveTextContent('Total: €35.00');
    expect(fetch.requests).toHaveLength(1);
    act(() => root.unmount());
    container.remove();
  });
});
