import type { Meta, StoryObj } from '@storybook/react-vite';

import { apiFor } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { SimilarProducts } from './SimilarProducts';

const meta = {
  title: 'Lists/SimilarProducts',
  component: SimilarProducts,
  args: { ...{ productId: 'p1' }, limit: 6 },
} satisfies Meta<typeof SimilarProducts>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: plays.loaded('Similar products', 6) };

export const Loading: Story = {
  parameters: { api: apiFor.loading },
  play: plays.loading('Similar products'),
};

export const Empty: Story = { parameters: { api: apiFor.empty('similar') }, play: plays.empty() };

export const Error: Story = { parameters: { api: apiFor.error }, play: plays.error('Similar products') };

export const LongTitles: Story = {
  parameters: { api: apiFor.longTitles },
  play: plays.longTitles('Similar products'),
};

export const ManyItems: Story = {
  args: { limit: 48 },
  parameters: { api: apiFor.manyItems },
  play: plays.manyItems('Similar products', 48),
};

export const Dark: Story = { parameters: { dark: true }, play: plays.dark('Similar products', 6) };
