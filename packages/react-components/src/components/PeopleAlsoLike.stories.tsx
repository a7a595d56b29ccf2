import type { Meta, StoryObj } from '@storybook/react-vite';

import { apiFor } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { PeopleAlsoLike } from './PeopleAlsoLike';

const meta = {
  title: 'Lists/PeopleAlsoLike',
  component: PeopleAlsoLike,
  args: { ...{ productId: 'p1' }, limit: 6 },
} satisfies Meta<typeof PeopleAlsoLike>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: plays.loaded('people also like', 6) };

export const Loading: Story = {
  parameters: { api: apiFor.loading },
  play: plays.loading('people also like'),
};

export const Empty: Story = { parameters: { api: apiFor.empty('people-also-like') }, play: plays.empty() };

export const Error: Story = { parameters: { api: apiFor.error }, play: plays.error('people also like') };

export const LongTitles: Story = {
  parameters: { api: apiFor.longTitles },
  play: plays.longTitles('people also like'),
};

export const ManyItems: Story = {
  args: { limit: 48 },
  parameters: { api: apiFor.manyItems },
  play: plays.manyItems('people also like', 48),
};

export const Dark: Story = { parameters: { dark: true }, play: plays.dark('people also like', 6) };
