import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { apiFor } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { StoryProvider } from '../stories/StoryProvider';
import type { ItemProps } from '../types';
import { RecommendationList } from './RecommendationList';

const meta = {
  title: 'Lists/RecommendationList',
  component: RecommendationList,
  args: { request: { list: 'trending', limit: 6 }, title: 'Trending this week' },
} satisfies Meta<typeof RecommendationList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: plays.loaded('Trending this week', 6) };

export const Loading: Story = {
  parameters: { api: apiFor.loading },
  play: plays.loading('Trending this week'),
};

export const Empty: Story = { parameters: { api: apiFor.empty('trending') }, play: plays.empty() };

export const Error: Story = { parameters: { api: apiFor.error }, play: plays.error('Trending this week') };

export const LongTitles: Story = {
  parameters: { api: apiFor.longTitles },
  play: plays.longTitles('Trending this week'),
};

export const ManyItems: Story = {
  args: { request: { list: 'trending', limit: 48 } },
  parameters: { api: apiFor.manyItems },
  play: plays.manyItems('Trending this week', 48),
};

export const Grid: Story = { args: { layout: 'grid' }, play: plays.loaded('Trending this week', 6) };

function CompactItem({ product, position }: ItemProps) {
  return (
    <a href={`/products/${product.id}`} className="compact-item">
      {position + 1}. {product.title}
    </a>
  );
}

/** Custom parts: item and empty components, classes per slot, and the theme's CSS variables overridden. */
export const Customized: Story = {
  args: {
    itemComponent: CompactItem,
    classNames: { title: 'custom-title' },
    style: { '--aisle-item-width': '14rem', '--aisle-radius': '0' } as React.CSSProperties,
  },
  play: async ({ canvasElement }) => {
    const region = await within(canvasElement).findByRole('region', { name: 'Trending this week' });
    await expect(await within(region).findByRole('link', { name: '1. Walnut cutting board' })).toBeVisible();
    await expect(within(region).getByRole('heading')).toHaveClass('custom-title');
    await expect(region.querySelector('[data-slot="aisle-item"]')!.getBoundingClientRect().width).toBe(224);
  },
};

/** Every state at once, light and dark, for visual review; the skeleton has the size of the items it stands for. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 32 }}>
      {[false, true].map((dark) => (
        <div key={String(dark)} style={{ display: 'grid', gap: 24 }}>
          <StoryProvider dark={dark}>
            <RecommendationList {...args} title={`Loaded${dark ? ' (dark)' : ''}`} showReasons />
          </StoryProvider>
          <StoryProvider dark={dark} api={apiFor.loading}>
            <RecommendationList {...args} title={`Loading${dark ? ' (dark)' : ''}`} showReasons />
          </StoryProvider>
          <StoryProvider dark={dark} api={apiFor.error}>
            <RecommendationList {...args} title={`Error${dark ? ' (dark)' : ''}`} />
          </StoryProvider>
          <StoryProvider dark={dark} api={apiFor.empty('trending')}>
            <RecommendationList
              {...args}
              title="Empty"
              emptyComponent={() => (
                <p style={{ color: dark ? '#fafafa' : '#18181b' }}>Empty: nothing to show.</p>
              )}
            />
          </StoryProvider>
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const loaded = await canvas.findByRole('region', { name: 'Loaded' });
    await expect(await within(loaded).findAllByRole('link')).toHaveLength(6);
    const loading = canvas.getByRole('region', { name: 'Loading' });
    const item = loaded.querySelector('[data-slot="aisle-item"]')!.getBoundingClientRect();
    const skeleton = loading.querySelector('[data-slot="aisle-item"]')!.getBoundingClientRect();
    await expect([skeleton.width, skeleton.height]).toEqual([item.width, item.height]);
    await expect(canvas.getAllByText('Empty: nothing to show.')).toHaveLength(2);
    await expect(await canvas.findAllByRole('alert')).toHaveLength(2);
  },
};
