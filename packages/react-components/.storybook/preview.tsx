import '../src/styles/styles.css';

import type { Preview } from '@storybook/react-vite';

import { StoryProvider } from '../src/stories/StoryProvider';

const preview: Preview = {
  decorators: [
    (Story, { parameters }) => (
      <StoryProvider api={parameters.api} dark={parameters.dark}>
        <Story />
      </StoryProvider>
    ),
  ],
  parameters: {
    layout: 'padded',
    // Every story is also an accessibility test (axe in Chromium, colour contrast included).
    a11y: { test: 'error' },
  },
};

export default preview;
