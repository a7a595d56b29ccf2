import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { prefetchRecommendations } from '../server/prefetchRecommendations';
import { createMockFetch } from '../mocks/createMockFetch';
import { expectNoAxeViolations } from '../test/axe';
import { captureBeacons, hidePage } from '../test/beacons';
import { setCardsVisible } from '../test/intersection';
import { renderWithProvider } from '../test/renderWithProvider';
import { Placement } from './Placement';

const placements = {
  'product-main': [
    { key: 'also', list: 'people-also-like' as const, heading: 'You may also like', variant: 'b', limit: 3 },
    { key: 'top', list: 'best-selling' as const, heading: 'Best sellers', layout: 'grid' as const, limit: 2 },
  ],
};

describe('Placement', () => {
  it("renders the slot's modules in order under their headings, and tracks each with its placement", async () => {
    const beacons = captureBeacons();
    const { container, fetch } = renderWithProvider(<Placement slot="product-main" productId="p1" />, {
      sessionId: 'session-0000000001',
      api: { placements },
    });
    const regions = await screen.findAllByRole('region');
    expect(
      regions.map(
        (region) => region.getAttribute('aria-labelledby') && region.querySelector('h2')!.textContent,
      ),
    ).toEqual(['You may also like', 'Best sellers']);
    expect(regions[1]).toHaveAttribute('data-layout', 'grid');
    expect(fetch.requests).toEqual([
      {
        method: 'GET',
        path: '/api/recommendations/placements/product-main',
        body: undefined,
      },
    ]);
    await expectNoAxeViolations(container);

    setCardsVisible(regions[0]!.querySelector('[data-slot="aisle-content"]')!, 0.8);
    const link = within(regions[0]!).getAllByRole('link')[0]!;
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    hidePage();
    const [events] = await beacons.events();
    expect(events!.map(({ type, list, placement }) => [type, list, placement])).toEqual([
      ['impression', 'people-also-like', 'product-main:also:b'],
      ['impression', 'people-also-like', 'product-main:also:b'],
      ['impression', 'people-also-like', 'product-main:also:b'],
      ['click', 'people-also-like', 'product-main:also:b'],
    ]);
  });

  it('renders nothing for a slot that is not published', async () => {
    const { container, fetch } = renderWithProvider(<Placement slot="nowhere" />, { api: { placements } });
    await waitFor(() => expect(fetch.requests).toHaveLength(1));
    expect(container.querySelector('section')).toBeNull();
  });

  it('is in the first HTML when the server prefetched it for the same page and shopper', async () => {
    const fetch = createMockFetch({ placements });
    const fallback = await prefetchRecommendations({
      baseUrl: 'http://cms.test',
      fetch,
      sessionId: 'session-0000000001',
      placements: [{ slot: 'product-main', productId: 'p1' }, { slot: 'nowhere' }],
    });
    const { fetch: browserFetch } = renderWithProvider(<Placement slot="product-main" productId="p1" />, {
      sessionId: 'session-0000000001',
      api: { placements },
      fallback,
    });
    expect(screen.getByRole('region', { name: 'You may also like' })).toBeInTheDocument();
    expect(browserFetch.requests).toEqual([]);
  });
});
