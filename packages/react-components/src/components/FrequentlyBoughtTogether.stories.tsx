import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';

import { apiFor } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { FrequentlyBoughtTogether } from './FrequentlyBoughtTogether';

const NAME = 'Frequently bought together';

const meta = {
  title: 'Lists/FrequentlyBoughtTogether',
  component: FrequentlyBoughtTogether,
  args: { basket: ['p1', 'p2'], limit: 3, layout: 'grid', onAddToCart: fn(), title: NAME },
} satisfies Meta<typeof FrequentlyBoughtTogether>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async (context) => {
    await plays.loaded(NAME, 3)(context);
    const region = within(context.canvasElement).getByRole('region', { name: NAME });
    const boxes = within(region).getAllByRole('checkbox');
    await expect(within(region).getByRole('status')).toHaveTextContent('Total: €105.00');
    await userEvent.click(boxes[0]!);
    await expect(within(region).getByRole('status')).toHaveTextContent('Total: €74.25');
    await userEvent.click(within(region).getByRole('button', { name: 'Add all to cart' }));
    await expect(context.args.onAddToCart).toHaveBeenCalledWith([
      expect.objectContaining({ id: 'p7' }),
      expect.objectContaining({ id: 'p8' }),
    ]);
  },
};

export const Loading: Story = { parameters: { api: apiFor.loading }, play: plays.loading(NAME) };

export const Empty: Story = {
  parameters: { api: apiFor.empty('frequently-bought-together') },
  play: plays.empty(),
};

export const Error: Story = { parameters: { api: apiFor.error }, play: plays.error(NAME) };

export const LongTitles: Story = { parameters: { api: apiFor.longTitles }, play: plays.longTitles(NAME) };

export const ManyItems: Story = {
  args: { limit: 12, layout: 'carousel' },
  parameters: { api: apiFor.manyItems },
  play: plays.manyItems(NAME, 12),
};

export const Dark: Story = { parameters: { dark: true }, play: plays.dark(NAME, 3) };
