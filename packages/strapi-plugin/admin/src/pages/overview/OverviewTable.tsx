import type { EditorialList } from '../../../../shared/contracts/editorial-lists';
import type { ListHealth } from '../../../../shared/contracts/health';
import type { ListPerformance } from '../../../../shared/contracts/performance';
import { DataTable } from '../../components/DataTable';
import { pluginMessage } from '../../pluginMessage';
import { AiListRow } from './AiListRow';
import { EditorialListRow } from './EditorialListRow';

export interface OverviewTableProps {
  lists: ListHealth[];
  editorial: EditorialList[];
  trainedAt: string | null;
  /** By list name, `editorial:<slug>` for editorial lists. */
  performance: ReadonlyMap<string, ListPerformance>;
}

/** Every list, AI lists first, then editorial ones. */
export const OverviewTable = ({ lists, editorial, trainedAt, performance }: OverviewTableProps) => {
  const headers = [
    pluginMessage('overview.column.list', 'List'),
    pluginMessage('overview.column.status', 'Status'),
    pluginMessage('overview.column.items', 'Products'),
    pluginMessage('overview.column.training', 'Last training'),
    pluginMessage('overview.column.ctr', 'CTR, last 30 days'),
  ];
  return (
    <DataTable headers={headers} rowCount={lists.length + editorial.length}>
      {lists.map((list) => (
        <AiListRow
          key={list.list}
          list={list}
          trainedAt={trainedAt}
          performance={performance.get(list.list)}
        />
      ))}
      {editorial.map((list) => (
        <EditorialListRow
          key={`editorial:${list.slug}`}
          list={list}
          performance={performance.get(`editorial:${list.slug}`)}
        />
      ))}
    </DataTable>
  );
};
