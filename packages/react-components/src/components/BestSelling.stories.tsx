import type { Meta, StoryObj } from '@storybook/react-vite';

import { apiFor } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { BestSelling } from './BestSelling';

const meta = {
  title: 'Lists/BestSelling',
  component: BestSelling,
  args: { ...{}, limit: 6 },
} satisfies Meta<typeof BestSelling>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: plays.loaded('best selling', 6) };

export const Loading: Story = { parameters: { api: apiFor.loading }, play: plays.loading('best selling') };

export const Empty: Story = { parameters: { api: apiFor.empty('best-selling') }, play: plays.empty() };

export const Error: Story = { parameters: { api: apiFor.error }, play: plays.error('best selling') };

export const LongTitles: Story = {
  parameters: { api: apiFor.longTitles },
  play: plays.longTitles('best selling'),
};

export const ManyItems: Story = {
  args: { limit: 48 },
  parameters: { api: apiFor.manyItems },
  play: plays.manyItems('best selling', 48),
};

export const Dark: Story = { parameters: { dark: true }, play: plays.dark('best selling', 6) };
