import { Dialog, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { StoredRuleSet } from '../../../../shared/contracts/rule-sets';
import { pluginMessage } from '../../pluginMessage';
import { listLabel } from '../../utils/listLabel';
import { StatusBadge } from '../../components/StatusBadge';
import { DataTable } from '../../components/DataTable';

export interface RuleSetsTableProps {
  ruleSets: StoredRuleSet[];
  titles: ReadonlyMap<string, string>;
  /** The rule set in the editor, marked in the table. */
  editingId: number | null;
  /** Undefined for an admin who may not change rules. */
  onEdit?: (ruleSet: StoredRuleSet) => void;
  onDelete?: (ruleSet: StoredRuleSet) => void;
}

/** The saved rule sets: which list, where, what they do, and whether they are on. */
export const RuleSetsTable = ({ ruleSets, titles, editingId, onEdit, onDelete }: RuleSetsTableProps) => {
  const { formatMessage } = useIntl();
  const nameOf = (ruleSet: StoredRuleSet) =>
    ruleSet.definition.name ||
    formatMessage(pluginMessage('ruleSets.unnamed', 'Rule set {id}'), { id: ruleSet.id });
  const where = ({ definition }: StoredRuleSet) =>
    definition.scope?.productId
      ? formatMessage(pluginMessage('ruleSets.onProduct', 'On the page of {name}'), {
          name: titles.get(definition.scope.productId) ?? definition.scope.productId,
        })
      : definition.scope?.category
        ? formatMessage(pluginMessage('ruleSets.inCategory', 'In {category}'), {
            category: definition.scope.category,
          })
        : formatMessage(pluginMessage('ruleSets.everywhere', 'Everywhere'));
  const summary = ({ definition }: StoredRuleSet) => {
    const boosts = definition.boosts ?? [];
    return formatMessage(
      pluginMessage(
        'ruleSets.summary',
        '{pins} pinned, {excluded} excluded, {boosted} boosted, {buried} buried{filters, select, yes {, filtered} other {}}',
      ),
      {
        pins: definition.pins?.length ?? 0,
        excluded: definition.exclude?.length ?? 0,
        boosted: boosts.filter((boost) => boost.factor >= 1).length,
        buried: boosts.filter((boost) => boost.factor < 1).length,
        filters: definition.filters && Object.keys(definition.filters).length > 0 ? 'yes' : 'no',
      },
    );
  };

  return (
    <DataTable
      headers={[
        pluginMessage('ruleSets.column.name', 'Rule set'),
        pluginMessage('ruleSets.column.list', 'List'),
        pluginMessage('ruleSets.column.where', 'Where'),
        pluginMessage('ruleSets.column.rules', 'Rules'),
        pluginMessage('ruleSets.column.status', 'Status'),
        pluginMessage('common.actions', 'Actions'),
      ]}
      rowCount={ruleSets.length}
    >
      {ruleSets.map((ruleSet) => (
        <Tr key={ruleSet.id} aria-current={ruleSet.id === editingId ? 'true' : undefined}>
          <Td>
            <Typography fontWeight={ruleSet.id === editingId ? 'bold' : 'semiBold'}>
              {nameOf(ruleSet)}
            </Typography>
          </Td>
          <Td>
            <Typography>
              {ruleSet.definition.list === '*'
                ? formatMessage(pluginMessage('ruleSets.allLists', 'Every list'))
                : listLabel(formatMessage, ruleSet.definition.list)}
            </Typography>
          </Td>
          <Td>
            <Typography>{where(ruleSet)}</Typography>
          </Td>
          <Td>
            <Typography>{summary(ruleSet)}</Typography>
          </Td>
          <Td>
            <StatusBadge variant={ruleSet.enabled ? 'success' : 'neutral'}>
              {ruleSet.enabled
                ? formatMessage(pluginMessage('ruleSets.on', 'Active'))
                : formatMessage(pluginMessage('ruleSets.off', 'Switched off'))}
            </StatusBadge>
          </Td>
          <Td>
            <Flex gap={1}>
              {onEdit && (
                <IconButton
                  variant="ghost"
                  label={formatMessage(pluginMessage('ruleSets.edit', 'Edit {name}'), {
                    name: nameOf(ruleSet),
                  })}
                  onClick={() => onEdit(ruleSet)}
                >
                  <Pencil />
                </IconButton>
              )}
              {onDelete && (
                <Dialog.Root>
                  <Dialog.Trigger>
                    <IconButton
                      variant="ghost"
                      label={formatMessage(pluginMessage('ruleSets.delete', 'Delete {name}'), {
                        name: nameOf(ruleSet),
                      })}
                    >
                      <Trash />
                    </IconButton>
                  </Dialog.Trigger>
                  <ConfirmDialog onConfirm={() => onDelete(ruleSet)}>
                    {formatMessage(
                      pluginMessage(
                        'ruleSets.deleteConfirm',
                        'Delete “{name}”? Its list goes back to the AI’s ranking.',
                      ),
                      { name: nameOf(ruleSet) },
                    )}
                  </ConfirmDialog>
                </Dialog.Root>
              )}
            </Flex>
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
