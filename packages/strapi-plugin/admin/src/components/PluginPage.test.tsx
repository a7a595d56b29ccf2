import { Button } from '@strapi/design-system';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderPage } from '../../tests/renderPage';
import { PluginPage } from './PluginPage';
import { StatusBadge } from './StatusBadge';

describe('PluginPage', () => {
  it('shows the title as the page heading, the subtitle, the actions and the content', async () => {
    renderPage(
      <PluginPage
        title="Overview"
        subtitle="Every list your storefront can show."
        primaryAction={<Button>Save</Button>}
        secondaryAction={<StatusBadge variant="success">Live on the storefront</StatusBadge>}
      >
        <p>The content</p>
      </PluginPage>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByText('Every list your storefront can show.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.getByText('Live on the storefront')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('The content');
  });
});
