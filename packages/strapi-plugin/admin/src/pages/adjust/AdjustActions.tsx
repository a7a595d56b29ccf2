import { Button, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../pluginMessage';

export interface AdjustActionsProps {
  /** Null for a rule set not saved yet. */
  editingId: number | null;
  saving: boolean;
  canSave: boolean;
  onClear: () => void;
  onSave: () => void;
}

/** Start over (or a new rule set) and save the rules being edited. */
export const AdjustActions = ({ editingId, saving, canSave, onClear, onSave }: AdjustActionsProps) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={2}>
      <Button variant="tertiary" onClick={onClear} disabled={saving}>
        {editingId === null
          ? formatMessage(pluginMessage('adjust.clear', 'Clear the rules'))
          : formatMessage(pluginMessage('adjust.newRuleSet', 'New rule set'))}
      </Button>
      <Button onClick={onSave} loading={saving} disabled={!canSave}>
        {editingId === null
          ? formatMessage(pluginMessage('adjust.save', 'Save rule set'))
          : formatMessage(pluginMessage('adjust.update', 'Save changes'))}
      </Button>
    </Flex>
  );
};
