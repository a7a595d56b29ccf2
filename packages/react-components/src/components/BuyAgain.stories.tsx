import type { Meta, StoryObj } from '@storybook/react-vite';

import { apiFor } from '../stories/fixtures';
import { plays } from '../stories/plays';
import { BuyAgain } from './BuyAgain';

const meta = {
  title: 'Lists/BuyAgain',
  component: BuyAgain,
  args: { showReasons: true, limit: 6, title: 'Buy it again' },
} satisfies Meta<typeof BuyAgain>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { play: plays.loaded(/buy it again/i, 6) };

export const Loading: Story = { parameters: { api: apiFor.loading }, play: plays.loading(/buy it again/i) };

export const Empty: Story = { parameters: { api: apiFor.empty('buy-again') }, play: plays.empty() };

export const Error: Story = { parameters: { api: apiFor.error }, play: plays.error(/buy it again/i) };

export const Dark: Story = { parameters: { dark: true }, play: plays.dark(/buy it again/i, 6) };
