import type { ProductMatch } from '@aisle/engine';
import { Box, Field, Flex, NumberInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';
import { describeMatch } from '../describeMatch';
import { RemoveButton } from './RemoveButton';

export interface BoostRuleRowProps {
  boost: { match: ProductMatch; factor: number };
  /** Its place in the draft's boosts, which names its field. */
  index: number;
  titles: ReadonlyMap<string, string>;
  /** Called with whatever the field holds; the draft keeps only a multiplier above 0 and up to 100. */
  onFactorChange: (factor: number | undefined) => void;
  onRemove: () => void;
}

/** One boost (multiplier of 1 or more) or bury (below 1) of the draft, with its multiplier. */
export const BoostRuleRow = ({ boost, index, titles, onFactorChange, onRemove }: BoostRuleRowProps) => {
  const { formatMessage } = useIntl();
  const what = describeMatch(formatMessage, boost.match, titles);
  return (
    <Flex gap={3} justifyContent="space-between">
      <Typography>
        {boost.factor >= 1
          ? formatMessage(pluginMessage('rules.boosted', 'Boost {what}'), { what })
          : formatMessage(pluginMessage('rules.buried', 'Bury {what}'), { what })}
      </Typography>
      <Flex gap={2}>
        <Box width="10rem">
          <Field.Root name={`factor-${index}`}>
            <NumberInput
              aria-label={formatMessage(pluginMessage('rules.factor', 'Score multiplier for {what}'), {
                what,
              })}
              step={0.1}
              value={boost.factor}
              onValueChange={onFactorChange}
            />
          </Field.Root>
        </Box>
        <RemoveButton
          label={formatMessage(pluginMessage('rules.removeBoost', 'Remove the rule on {what}'), { what })}
          onClick={onRemove}
        />
      </Flex>
    </Flex>
  );
};
