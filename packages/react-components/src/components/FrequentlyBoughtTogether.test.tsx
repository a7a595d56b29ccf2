import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { expectNoAxeViolations } from '../test/axe';
import { captureBeacons, hidePage } from '../test/beacons';
import { renderWithProvider } from '../test/renderWithProvider';
import type { RecommendedProduct } from '../types';
import { FrequentlyBoughtTogether } from './FrequentlyBoughtTogether';

describe('FrequentlyBoughtTogether', () => {
  it('asks for a basket, selects every item, totals the selection and adds it to the cart', async () => {
    const beacons = captureBeacons();
    const added: RecommendedProduct[][] = [];
    const { container, fetch } = renderWithProvider(
      <FrequentlyBoughtTogether
        basket={['p1', 'p2']}
        limit={3}
        onAddToCart={(products) => added.push(products)}
      />,
      { userId: 'u1' },
    );
    const boxes = await screen.findAllByRole('checkbox');
    expect(fetch.requests[0]!.body).toEqual({
      requests: [{ list: 'frequently-bought-together', basket: ['p1', 'p2'], limit: 3, userId: 'u1' }],
    });
    expect(boxes.map((box) => [box.getAttribute('aria-label'), (box as HTMLInputElement).checked])).toEqual([
      ['Enamel camping mug', true],
      ['Beeswax candle', true],
      ['Cast iron skillet 26 cm', true],
    ]);
    // 30.75 + 35.00 + 39.25
    expect(screen.getByRole('status')).toHaveTextContent('Total: €105.00');
    await expectNoAxeViolations(container);

    await userEvent.click(boxes[1]!);
    expect(screen.getByRole('status')).toHaveTextContent('Total: €70.00');
    await userEvent.click(screen.getByRole('button', { name: 'Add all to cart' }));
    expect(added.map((products) => products.map((product) => product.id))).toEqual([['p6', 'p8']]);

    hidePage();
    const [events] = await beacons.events();
    expect(events!.map(({ type, productId, list }) => [type, productId, list])).toEqual([
      ['add_to_cart', 'p6', 'frequently-bought-together'],
      ['add_to_cart', 'p8', 'frequently-bought-together'],
    ]);
  });

  it('disables the button when nothing is selected', async () => {
    renderWithProvider(<FrequentlyBoughtTogether productId="p1" limit={1} />);
    await userEvent.click(await screen.findByRole('checkbox'));
    expect(screen.getByRole('status')).toHaveTextContent('Total: €0.00');
    expect(screen.getByRole('button', { name: 'Add all to cart' })).toBeDisabled();
  });

  it('can be controlled', async () => {
    const changes = vi.fn();
    function Controlled() {
      const [selected, setSelected] = useState(['p7']);
      return (
        <FrequentlyBoughtTogether
          productId="p1"
          limit={2}
          selected={selected}
          onSelectedChange={(ids) => {
            changes(ids);
            setSelected(ids);
          }}
          labels={{ total: 'Together', add: 'Add both' }}
        />
      );
    }
    renderWithProvider(<Controlled />);
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([false, true]);
    expect(screen.getByRole('status')).toHaveTextContent('Together: €35.00');
    await userEvent.click(boxes[0]!);
    expect(changes).toHaveBeenCalledWith(['p7', 'p6']);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Together: €65.75'));
    expect(screen.getByRole('button', { name: 'Add both' })).toBeEnabled();
  });
});
