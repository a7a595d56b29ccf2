import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';
import { AttributeRuleForm } from './AttributeRuleForm';
import { BoostRuleRow } from './BoostRuleRow';
import { ExclusionRuleRow } from './ExclusionRuleRow';
import { RuleGroup } from './RuleGroup';
import type { RuleEditorProps } from './ruleEditorProps';

/** The excluded, boosted and buried products or attributes, and a form to add a rule on an attribute. */
export const AdjustmentRules = ({ draft, set, facets, titles }: RuleEditorProps) => {
  const { formatMessage } = useIntl();
  return (
    <RuleGroup title={formatMessage(pluginMessage('rules.adjustments', 'Excluded, boosted and buried'))}>
      {draft.exclude.length === 0 && draft.boosts.length === 0 && (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            pluginMessage(
              'rules.noAdjustments',
              'None. Use the buttons of a product in the list, or add a rule on a category, brand, tag or price range below.',
            ),
          )}
        </Typography>
      )}
      {draft.exclude.map((match, index) => (
        <ExclusionRuleRow
          key={`exclude-${index}`}
          match={match}
          titles={titles}
          onRemove={() => set({ exclude: draft.exclude.filter((_, other) => other !== index) })}
        />
      ))}
      {draft.boosts.map((boost, index) => (
        <BoostRuleRow
          key={`boost-${index}`}
          boost={boost}
          index={index}
          titles={titles}
          onFactorChange={(value) =>
            set({
              boosts: draft.boosts.map((entry, other) =>
                other === index && value !== undefined && value > 0 && value <= 100
                  ? { ...entry, factor: value }
                  : entry,
              ),
            })
          }
          onRemove={() => set({ boosts: draft.boosts.filter((_, other) => other !== index) })}
        />
      ))}
      <AttributeRuleForm draft={draft} set={set} facets={facets} />
    </RuleGroup>
  );
};
