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
          'Hit rates on the most recent 5 % of events, which the model did not see. Picks for you: the share of shoppers whose list held a product they went on to view or buy. Bought together: the share of recent orders of two products or more whose list, asked for the order less one product, held that product. Best sellers, in brackets, are the baseline to beat.',
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
