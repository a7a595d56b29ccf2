import type { Meta, StoryObj } from '@storybook/react-vite';

import { apiFor } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { Trending } from './Trending';

const meta = {
  title: 'Lists/Trending',
  component: Trending,
  args: { ...{}, limit: 6 },
} satisfies Meta<typeof Trending>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: plays.loaded('trending', 6) };

export const Loading: Story = { parameters: { api: apiFor.loading }, play: plays.loading('trending') };

export const Empty: Story = { parameters: { api: apiFor.empty('trending') }, play: plays.empty() };

export const Error: Story = { parameters: { api: apiFor.error }, play: plays.error('trending') };

export const LongTitles: Story = {
  parameters: { api: apiFor.longTitles },
  play: plays.longTitles('trending'),
};

export const ManyItems: Story = {
  args: { limit: 48 },
  parameters: { api: apiFor.manyItems },
  play: plays.manyItems('trending', 48),
};

export const Dark: Story = { parameters: { dark: true }, play: plays.dark('trending', 6) };
