import type { RuleEffect } from '@aisle/engine';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { StatusBadge } from '../../../components/StatusBadge';
import { pluginMessage } from '../../../pluginMessage';

const EFFECT_LOOK: Record<RuleEffect['action'], 'primary' | 'danger' | 'success' | 'warning' | 'neutral'> = {
  pin: 'primary',
  exclude: 'danger',
  boost: 'success',
  bury: 'warning',
  filter: 'neutral',
  limit: 'neutral',
  diversity: 'neutral',
};

/** What each rule did to the list, and whose rule it was: the draft's or a saved rule set's. */
export const RuleEffectsList = ({
  effects,
  ruleSetNames,
}: {
  effects: RuleEffect[];
  ruleSetNames: ReadonlyMap<string, string>;
}) => {
  const { formatMessage } = useIntl();
  const byWhom = (effect: RuleEffect) =>
    effect.ruleSetId === 'draft'
      ? formatMessage(pluginMessage('ranking.byDraft', 'your changes'))
      : (ruleSetNames.get(effect.ruleSetId) ??
        formatMessage(pluginMessage('ranking.byRuleSet', 'rule set {id}'), { id: effect.ruleSetId }));
  return (
    <Box
      background="neutral0"
      padding={4}
      hasRadius
      shadow="tableShadow"
      tag="section"
      aria-label={formatMessage(pluginMessage('ranking.effects', 'What each rule did'))}
    >
      <Typography variant="delta" tag="h3" style={{ display: 'block', marginBottom: '0.8rem' }}>
        {formatMessage(pluginMessage('ranking.effects', 'What each rule did'))}
      </Typography>
      {effects.length === 0 ? (
        <Typography textColor="neutral600">
          {formatMessage(
            pluginMessage('ranking.noEffects', 'No rule changes this list: shoppers see the AI’s ranking.'),
          )}
        </Typography>
      ) : (
        <Box tag="ul">
          {effects.map((effect, index) => (
            <Flex tag="li" key={index} gap={2} paddingTop={1} paddingBottom={1}>
              <StatusBadge variant={EFFECT_LOOK[effect.action]} size="XS">
                {effect.action}
              </StatusBadge>
              <Typography>{effect.detail}</Typography>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(pluginMessage('ranking.by', '(by {who})'), { who: byWhom(effect) })}
              </Typography>
            </Flex>
          ))}
        </Box>
      )}
    </Box>
  );
};
