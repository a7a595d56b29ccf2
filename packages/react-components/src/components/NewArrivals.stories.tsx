import type { Meta, StoryObj } from '@storybook/react-vite';

import { apiFor } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { NewArrivals } from './NewArrivals';

const meta = {
  title: 'Lists/NewArrivals',
  component: NewArrivals,
  args: { ...{ category: 'Kitchen' }, limit: 6 },
} satisfies Meta<typeof NewArrivals>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: plays.loaded('New arrivals', 6) };

export const Loading: Story = { parameters: { api: apiFor.loading }, play: plays.loading('New arrivals') };

export const Empty: Story = { parameters: { api: apiFor.empty('new') }, play: plays.empty() };

export const Error: Story = { parameters: { api: apiFor.error }, play: plays.error('New arrivals') };

export const LongTitles: Story = {
  parameters: { api: apiFor.longTitles },
  play: plays.longTitles('New arrivals'),
};

export const ManyItems: Story = {
  args: { limit: 48 },
  parameters: { api: apiFor.manyItems },
  play: plays.manyItems('New arrivals', 48),
};

export const Dark: Story = { parameters: { dark: true }, play: plays.dark('New arrivals', 6) };
