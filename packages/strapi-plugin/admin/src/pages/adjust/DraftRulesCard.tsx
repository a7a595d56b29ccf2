import { Field, Flex, Toggle } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import { SectionCard } from '../../components/SectionCard';
import { pluginMessage } from '../../pluginMessage';
import type { RulesPanelProps } from './RulesPanel';
import { RulesPanel } from './RulesPanel';

/** The rules being edited, titled by whether they are new or a saved rule set, and whether they are on once saved. */
export const DraftRulesCard = (props: RulesPanelProps) => {
  const { formatMessage } = useIntl();
  const { draft, onChange } = props;
  return (
    <SectionCard
      title={
        draft.id === null
          ? formatMessage(pluginMessage('adjust.step.rules', 'Your rules (not saved yet)'))
          : formatMessage(pluginMessage('adjust.step.editing', 'Editing “{name}”'), {
              name:
                draft.name ||
                formatMessage(pluginMessage('ruleSets.unnamed', 'Rule set {id}'), { id: draft.id }),
            })
      }
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <RulesPanel {...props} />
        <Field.Root name="enabled">
          <Field.Label>
            {formatMessage(pluginMessage('adjust.enabled', 'When saved, the rules are'))}
          </Field.Label>
          <Toggle
            onLabel={formatMessage(pluginMessage('adjust.enabledOn', 'Active'))}
            offLabel={formatMessage(pluginMessage('adjust.enabledOff', 'Switched off'))}
            checked={draft.enabled}
            onChange={(event: ChangeEvent<HTMLInputElement>) =>
              onChange({ ...draft, enabled: event.target.checked })
            }
          />
        </Field.Root>
      </Flex>
    </SectionCard>
  );
};
