import { Table, Tbody, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageDescriptor } from 'react-intl';

export interface DataTableProps {
  /** One message a column, in order. */
  headers: MessageDescriptor[];
  /** Rows of data, without the header row (the table counts that one itself for assistive technology). */
  rowCount: number;
  /** The body rows, `<Tr>` elements. */
  children: ReactNode;
}

/** A table of Strapi's design system with a row of translated column headers. */
export const DataTable = ({ headers, rowCount, children }: DataTableProps) => {
  const { formatMessage } = useIntl();
  return (
    <Table colCount={headers.length} rowCount={rowCount + 1}>
      <Thead>
        <Tr>
          {headers.map((header) => (
            <Th key={String(header.id)}>
              <Typography variant="sigma">{formatMessage(header)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>{children}</Tbody>
    </Table>
  );
};
