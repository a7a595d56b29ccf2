import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { SWRConfig } from 'swr';
import { describe, expect, it, vi } from 'vitest';

import { listKey } from '../client/listKey';
import { Trending } from '../components/Trending';
import { useRecommendations } from '../hooks/useRecommendations';
import { useTracking } from '../hooks/useTracking';
import { catalog } from '../mocks/catalog';
import { createMockFetch } from '../mocks/createMockFetch';
import { captureBeacons, hidePage } from '../test/beacons';
import { setCardsVisible } from '../test/intersection';
import { renderWithProvider } from '../test/renderWithProvider';
import { RecommendationsProvider } from './RecommendationsProvider';

describe('RecommendationsProvider', () => {
  it('is required by the hooks and lists, which say so', () => {
    vi.mocked(console.error).mockImplementation(() => undefined);
    expect(() => renderHook(() => useRecommendations({ list: 'new' }))).toThrow(
      '@aisle/react: missing RecommendationsProvider',
    );
    expect(() => render(<Trending />)).toThrow('missing RecommendationsProvider');
    vi.mocked(console.error).mockClear();
  });

  it('makes a client from baseUrl with the global fetch', async () => {
    const fetch = createMockFetch();
    vi.stubGlobal('fetch', fetch);
    render(
      <SWRConfig value={{ provider: () => new Map() }}>
        <RecommendationsProvider baseUrl="https://cms.example.com/">
          <Trending limit={1} />
        </RecommendationsProvider>
      </SWRConfig>,
    );
    await screen.findByRole('link', { name: /Walnut cutting board/ });
    expect(fetch.requests.map((request) => request.path)).toEqual(['/api/recommendations/query']);
  });

  it('renders lists from fallback data at once, without asking the API first', () => {
    const request = { list: 'trending' as const, limit: 1, userId: 'u1' };
    const fallback = {
      [listKey(request)]: {
        data: [{ product: catalog[9], score: 1, reasons: [], source: 'ai' }],
        meta: { list: 'trending', modelVersion: 1 },
      },
    };
    const { fetch } = renderWithProvider(<Trending limit={1} />, { userId: 'u1', fallback });
    expect(screen.getByRole('link', { name: /Stoneware dinner plate/ })).toBeInTheDocument();
    expect(fetch.requests).toEqual([]);
  });

  it('tracks nothing while tracking is off (no consent), and again once it is on', async () => {
    const beacons = captureBeacons();
    const { rerenderWith } = renderWithProvider(<Trending limit={1} />, { sessionId: 's1', tracking: false });
    const link = await screen.findByRole('link', { name: /Walnut/ });
    setCardsVisible(link.closest('[data-slot="aisle-content"]')!, 1);
    hidePage();
    expect(beacons.count).toBe(0);

    rerenderWith(<Trending limit={1} />, { sessionId: 's1', tracking: true });
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    hidePage();
    await waitFor(() => expect(beacons.count).toBe(1));
    expect((await beacons.events())[0]!.map(({ type, sessionId }) => [type, sessionId])).toEqual([
      ['click', 's1'],
    ]);
  });

  it('does not count impressions again when its props change (an inline productHref, a new locale)', async () => {
    const beacons = captureBeacons();
    const { rerenderWith } = renderWithProvider(<Trending limit={2} />, { userId: 'u1' });
    const content = (await screen.findByRole('link', { name: /Walnut/ })).closest(
      '[data-slot="aisle-content"]',
    )!;
    setCardsVisible(content, 1);
    rerenderWith(<Trending limit={2} />, {
      userId: 'u1',
      productHref: (product) => `/p/${product.id}`,
      locale: 'fr-FR',
    });
    expect(screen.getByRole('link', { name: /Walnut/ })).toHaveAttribute('href', '/p/p5');
    setCardsVisible(content, 0);
    setCardsVisible(content, 1);
    hidePage();
    const events = (await beacons.events()).flat();
    expect(events.map(({ type, productId }) => [type, productId])).toEqual([
      ['impression', 'p5'],
      ['impression', 'p6'],
    ]);
  });

  it('sends what a child tracks in its mount effect (a product page view), before the tracker of the provider exists', async () => {
    const beacons = captureBeacons();
    function TrackView() {
      const { track } = useTracking();
      useEffect(() => {
        track({ type: 'view', productId: 'p3' });
      }, [track]);
      return null;
    }
    renderWithProvider(<TrackView />, { sessionId: 's1' });
    hidePage();
    await waitFor(() => expect(beacons.count).toBe(1));
    expect(
      (await beacons.events())[0]!.map(({ type, productId, sessionId }) => [type, productId, sessionId]),
    ).toEqual([['view', 'p3', 's1']]);
  });
});
