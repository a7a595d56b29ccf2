import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { catalog } from '../mocks/catalog';
import { expectNoAxeViolations } from '../test/axe';
import { captureBeacons, hidePage } from '../test/beacons';
import { setCardsVisible } from '../test/intersection';
import { renderWithProvider } from '../test/renderWithProvider';
import { EditorialList } from './EditorialList';

const editorial = { 'gift-ideas': { title: 'Gift ideas', products: catalog.slice(10, 13) } };

describe('EditorialList', () => {
  it("renders the merchandisers' list under their title and tracks it as editorial:<slug>", async () => {
    const beacons = captureBeacons();
    const { container, fetch } = renderWithProvider(<EditorialList slug="gift-ideas" layout="grid" />, {
      sessionId: 's1',
      api: { editorial },
    });
    const region = await screen.findByRole('region', { name: 'Gift ideas' });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    expect(fetch.requests).toEqual([
      { method: 'GET', path: '/api/recommendations/editorial/gift-ideas', body: undefined },
    ]);
    await expectNoAxeViolations(container);

    setCardsVisible(region.querySelector('[data-slot="aisle-content"]')!, 0.8);
    const link = screen.getByRole('link', { name: /Leather card holder/ });
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    hidePage();
    const [events] = await beacons.events();
    expect(events!.map(({ type, productId, list, sessionId }) => [type, productId, list, sessionId])).toEqual(
      [
        ['impression', 'p11', 'editorial:gift-ideas', 's1'],
        ['impression', 'p12', 'editorial:gift-ideas', 's1'],
        ['impression', 'p13', 'editorial:gift-ideas', 's1'],
        ['click', 'p12', 'editorial:gift-ideas', 's1'],
      ],
    );
  });

  it('keeps a given title, and renders nothing when no list with that slug is in effect', async () => {
    renderWithProvider(
      <>
        <EditorialList slug="gift-ideas" title="Presents" />
        <EditorialList slug="ended" emptyComponent={() => <p>No list</p>} />
      </>,
      { api: { editorial } },
    );
    expect(screen.getByRole('region', { name: 'Presents' })).toBeInTheDocument();
    expect(await screen.findByText('No list')).toBeInTheDocument();
  });

  it('hides its empty heading while the title is on its way', async () => {
    const { container } = renderWithProvider(<EditorialList slug="gift-ideas" />, {
      api: { editorial, until: new Promise(() => undefined) },
    });
    const heading = container.querySelector('h2')!;
    expect(heading).toBeEmptyDOMElement();
    expect(heading).toHaveAttribute('aria-hidden', 'true');
    await expectNoAxeViolations(container);
  });
});
