import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { captureBeacons, hidePage } from '../test/beacons';
import { renderWithProvider } from '../test/renderWithProvider';
import { useTracking } from './useTracking';

function ProductPage({ productId }: { productId: string }) {
  const { track } = useTracking();
  return (
    <>
      <button type="button" onClick={() => track({ type: 'view', productId })}>
        view
      </button>
      <button type="button" onClick={() => track({ type: 'add_to_cart', productId, quantity: 2 })}>
        add
      </button>
    </>
  );
}

describe('useTracking', () => {
  it("sends the app's own events with the provider's shopper", async () => {
    const beacons = captureBeacons();
    renderWithProvider(<ProductPage productId="p3" />, { userId: 'u5', sessionId: 's5' });
    fireEvent.click(screen.getByRole('button', { name: 'view' }));
    fireEvent.click(screen.getByRole('button', { name: 'add' }));
    hidePage();
    expect((await beacons.events())[0]).toEqual([
      { type: 'view', productId: 'p3', userId: 'u5', timestamp: expect.any(Number) },
      { type: 'add_to_cart', productId: 'p3', quantity: 2, userId: 'u5', timestamp: expect.any(Number) },
    ]);
  });

  it('sends the signed shopper token, and never the user id, when the shop gave one', async () => {
    const beacons = captureBeacons();
    renderWithProvider(<ProductPage productId="p4" />, {
      shopperToken: 'v1.signed.by-the-shop',
      sessionId: 's6',
    });
    fireEvent.click(screen.getByRole('button', { name: 'view' }));
    hidePage();
    expect((await beacons.events())[0]).toEqual([
      { type: 'view', productId: 'p4', shopperToken: 'v1.signed.by-the-shop', timestamp: expect.any(Number) },
    ]);
  });
});
