import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { TrainingRecord } from '../../../../shared/contracts/snapshots';
import { Section } from '../../components/Section';
import { TrainingHistory } from '../../components/TrainingHistory';
import type { RemoteData } from '../../hooks/useRemoteData';
import { pluginMessage } from '../../pluginMessage';
import { RemoteContent } from './RemoteContent';

/** Past trainings and their measured hit rates, so an admin sees whether retraining helps. */
export const TrainingHistorySection = ({ history }: { history: RemoteData<TrainingRecord[]> }) => {
  const { formatMessage } = useIntl();
  return (
    <Section
      title={formatMessage(pluginMessage('model.history', 'Training history'))}
      hint={formatMessage(
        pluginMessage(
          'model.historyHint',
          'The hit rate is measured on the most recent 5 % of events, which the model did not see: the share of shoppers for whom picks for you held a product they went on to view or buy. Best sellers for everyone is the baseline to beat.',
        ),
      )}
    >
      <RemoteContent
        remote={history}
        what={formatMessage(pluginMessage('model.what.history', 'The training history'))}
      >
        {(records) =>
          records.length === 0 ? (
            <Typography textColor="neutral600">
              {formatMessage(pluginMessage('model.noHistory', 'No training yet.'))}
            </Typography>
          ) : (
            <TrainingHistory records={records} />
          )
        }
      </RemoteContent>
    </Section>
  );
};
