import { Td, Tr, Typography } from '@strapi/design-system';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderPage } from '../../tests/renderPage';
import { pluginMessage } from '../pluginMessage';
import { DataTable } from './DataTable';

describe('DataTable', () => {
  it('heads each column with its translated message and counts the header row', async () => {
    renderPage(
      <DataTable
        headers={[
          pluginMessage('overview.column.list', 'List'),
          pluginMessage('overview.column.status', 'Status'),
        ]}
        rowCount={1}
      >
        <Tr>
          <Td>
            <Typography>Similar products</Typography>
          </Td>
          <Td>
            <Typography>Ready</Typography>
          </Td>
        </Tr>
      </DataTable>,
    );
    const table = await screen.findByRole('grid');
    expect(table).toHaveAttribute('aria-rowcount', '2');
    expect(table).toHaveAttribute('aria-colcount', '2');
    // Strapi's table gives its header cells the role of grid cells, in the first row.
    const [headerRow] = within(table).getAllByRole('row');
    expect(
      within(headerRow!)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent),
    ).toEqual(['List', 'Status']);
    expect(within(table).getByRole('gridcell', { name: 'Similar products' })).toBeInTheDocument();
  });
});
