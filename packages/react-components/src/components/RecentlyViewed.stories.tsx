import type { Meta, StoryObj } from '@storybook/react-vite';

import { apiFor } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { RecentlyViewed } from './RecentlyViewed';

const meta = {
  title: 'Lists/RecentlyViewed',
  component: RecentlyViewed,
  args: { ...{ layout: 'grid' }, limit: 6 },
} satisfies Meta<typeof RecentlyViewed>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: plays.loaded('recently viewed', 6) };

export const Loading: Story = { parameters: { api: apiFor.loading }, play: plays.loading('recently viewed') };

export const Empty: Story = { parameters: { api: apiFor.empty('recently-viewed') }, play: plays.empty() };

export const Error: Story = { parameters: { api: apiFor.error }, play: plays.error('recently viewed') };

export const LongTitles: Story = {
  parameters: { api: apiFor.longTitles },
  play: plays.longTitles('recently viewed'),
};

export const ManyItems: Story = {
  args: { limit: 48 },
  parameters: { api: apiFor.manyItems },
  play: plays.manyItems('recently viewed', 48),
};

export const Dark: Story = { parameters: { dark: true }, play: plays.dark('recently viewed', 6) };
