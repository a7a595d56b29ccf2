import type { ProductMatch } from '@aisle/engine';
import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';
import { describeMatch } from '../describeMatch';
import { RemoveButton } from './RemoveButton';

export interface ExclusionRuleRowProps {
  match: ProductMatch;
  titles: ReadonlyMap<string, string>;
  onRemove: () => void;
}

/** One exclusion of the draft, in words, with a way to remove it. */
export const ExclusionRuleRow = ({ match, titles, onRemove }: ExclusionRuleRowProps) => {
  const { formatMessage } = useIntl();
  const what = describeMatch(formatMessage, match, titles);
  return (
    <Flex gap={3} justifyContent="space-between">
      <Typography>{formatMessage(pluginMessage('rules.excluded', 'Exclude {what}'), { what })}</Typography>
      <RemoveButton
        label={formatMessage(pluginMessage('rules.removeExclusion', 'Stop excluding {what}'), { what })}
        onClick={onRemove}
      />
    </Flex>
  );
};
