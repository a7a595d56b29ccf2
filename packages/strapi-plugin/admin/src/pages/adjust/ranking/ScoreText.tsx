import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Recommendation } from '../../../../../shared/contracts/lists';
import { pluginMessage } from '../../../pluginMessage';

const reasonsText = (item: Recommendation) => item.reasons.map((reason) => reason.text).join(' · ');

/** An item's score and the reasons the AI gives for it, on one line. */
export const ScoreText = ({ item }: { item: Recommendation }) => {
  const { formatMessage, formatNumber } = useIntl();
  return (
    <Typography variant="pi" textColor="neutral600">
      {formatMessage(pluginMessage('ranking.score', 'score {score}'), {
        score: formatNumber(item.score, { maximumFractionDigits: 3 }),
      })}
      {reasonsText(item) && ` · ${reasonsText(item)}`}
    </Typography>
  );
};
