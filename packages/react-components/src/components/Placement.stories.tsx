import type { Meta, StoryObj } from '@storybook/react-vite';

import { plays } from '../stories/plays';
import { Placement } from './Placement';

const placements = {
  'home-main': [
    { key: 'trending', list: 'trending' as const, heading: 'Trending this week', limit: 6 },
    { key: 'new', list: 'new' as const, heading: 'Just in', layout: 'grid' as const, limit: 4 },
  ],
};

/** A slot the merchandisers composed in the CMS: its lists, in their order, with their headings and layouts. */
const meta = {
  title: 'Lists/Placement',
  component: Placement,
  args: { slot: 'home-main' },
  parameters: { api: { placements } },
} satisfies Meta<typeof Placement>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async (context) => {
    await plays.loaded('Trending this week', 6)(context);
    await plays.loaded('Just in', 4)(context);
  },
};

/** A slot that is not published renders nothing. */
export const Unpublished: Story = { args: { slot: 'nowhere' }, play: plays.empty() };
