import type { Meta, StoryObj } from '@storybook/react-vite';

import { apiFor } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { PicksForYou } from './PicksForYou';

const meta = {
  title: 'Lists/PicksForYou',
  component: PicksForYou,
  args: { ...{ showReasons: true }, limit: 6 },
} satisfies Meta<typeof PicksForYou>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: plays.loaded('picks for you', 6) };

export const Loading: Story = { parameters: { api: apiFor.loading }, play: plays.loading('picks for you') };

export const Empty: Story = { parameters: { api: apiFor.empty('picks-for-you') }, play: plays.empty() };

export const Error: Story = { parameters: { api: apiFor.error }, play: plays.error('picks for you') };

export const LongTitles: Story = {
  parameters: { api: apiFor.longTitles },
  play: plays.longTitles('picks for you'),
};

export const ManyItems: Story = {
  args: { limit: 48 },
  parameters: { api: apiFor.manyItems },
  play: plays.manyItems('picks for you', 48),
};

export const Dark: Story = { parameters: { dark: true }, play: plays.dark('picks for you', 6) };
