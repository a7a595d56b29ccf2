import type { Meta, StoryObj } from '@storybook/react-vite';

import { catalog } from '../mocks/catalog';
import { apiFor, longTitles, manyProducts } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { EditorialList } from './EditorialList';

const giftIdeas = (products = catalog.slice(4, 10)) => ({
  editorial: { 'gift-ideas': { title: 'Gift ideas', products } },
});

const meta = {
  title: 'Lists/EditorialList',
  component: EditorialList,
  args: { slug: 'gift-ideas' },
  parameters: { api: giftIdeas() },
} satisfies Meta<typeof EditorialList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: plays.loaded('Gift ideas', 6) };

export const Loading: Story = {
  args: { title: 'Gift ideas' },
  parameters: { api: apiFor.loading },
  play: plays.loading('Gift ideas'),
};

/** No published list with that slug is in effect now: nothing is rendered. */
export const Empty: Story = { args: { slug: 'ended' }, play: plays.empty() };

export const Error: Story = {
  args: { title: 'Gift ideas' },
  parameters: { api: apiFor.error },
  play: plays.error('Gift ideas'),
};

export const LongTitles: Story = {
  parameters: { api: giftIdeas(longTitles) },
  play: plays.longTitles('Gift ideas'),
};

export const ManyItems: Story = {
  parameters: { api: giftIdeas(manyProducts) },
  play: plays.manyItems('Gift ideas', 48),
};

export const Dark: Story = { parameters: { dark: true }, play: plays.dark('Gift ideas', 6) };
