import { Box, Field, Flex, NumberInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';
import { RulesSection } from './RulesSection';
import { RemoveButton } from './RemoveButton';
import { AddAdjustment } from './AddAdjustment';
import type { RulesSectionProps } from './RulesSectionProps';

/** The exclusions, boosts and buries of the rule set, each removable, and the form to add one on an attribute. */
export const AdjustmentsSection = ({ draft, set, optionsOf, describe }: RulesSectionProps) => {
  const { formatMessage } = useIntl();
  return (
    <RulesSection title={formatMessage(pluginMessage('rules.adjustments', 'Excluded, boosted and buried'))}>
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
        <Flex key={`exclude-${index}`} gap={3} justifyContent="space-between">
          <Typography>
            {formatMessage(pluginMessage('rules.excluded', 'Exclude {what}'), { what: describe(match) })}
          </Typography>
          <RemoveButton
            label={formatMessage(pluginMessage('rules.removeExclusion', 'Stop excluding {what}'), {
              what: describe(match),
            })}
            onClick={() => set({ exclude: draft.exclude.filter((_, other) => other !== index) })}
          />
        </Flex>
      ))}
      {draft.boosts.map((boost, index) => (
        <Flex key={`boost-${index}`} gap={3} justifyContent="space-between">
          <Typography>
            {boost.factor >= 1
              ? formatMessage(pluginMessage('rules.boosted', 'Boost {what}'), {
                  what: describe(boost.match),
                })
              : formatMessage(pluginMessage('rules.buried', 'Bury {what}'), {
                  what: describe(boost.match),
                })}
          </Typography>
          <Flex gap={2}>
            <Box width="10rem">
              <Field.Root name={`factor-${index}`}>
                <NumberInput
                  aria-label={formatMessage(pluginMessage('rules.factor', 'Score multiplier for {what}'), {
                    what: describe(boost.match),
                  })}
                  step={0.1}
                  value={boost.factor}
                  onValueChange={(value) =>
                    set({
                      boosts: draft.boosts.map((entry, other) =>
                        other === index && value !== undefined && value > 0 && value <= 100
                          ? { ...entry, factor: value }
                          : entry,
                      ),
                    })
                  }
                />
              </Field.Root>
            </Box>
            <RemoveButton
              label={formatMessage(pluginMessage('rules.removeBoost', 'Remove the rule on {what}'), {
                what: describe(boost.match),
              })}
              onClick={() => set({ boosts: draft.boosts.filter((_, other) => other !== index) })}
            />
          </Flex>
        </Flex>
      ))}
      <AddAdjustment draft={draft} set={set} optionsOf={optionsOf} />
    </RulesSection>
  );
};
