import { Field, Grid, NumberInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { PluginSettings } from '../../../../shared/contracts/settings';
import { Section } from '../../components/Section';
import { pluginMessage } from '../../pluginMessage';
import { ScheduleFields } from './ScheduleFields';

export interface TrainingSettingsProps {
  training: PluginSettings['training'];
  customSchedule: boolean;
  onCustomScheduleChange: (custom: boolean) => void;
  onChange: (patch: Partial<PluginSettings['training']>) => void;
}

/** When the model trains: its schedule, after new orders, and the memory a training may take. */
export const TrainingSettings = ({
  training,
  customSchedule,
  onCustomScheduleChange,
  onChange,
}: TrainingSettingsProps) => {
  const { formatMessage } = useIntl();
  return (
    <Section
      title={formatMessage(pluginMessage('settings.training', 'Training'))}
      hint={formatMessage(
        pluginMessage('settings.trainingHint', 'When the model learns again from the latest events.'),
      )}
    >
      <Grid.Root gap={4}>
        <ScheduleFields
          schedule={training.schedule}
          customSchedule={customSchedule}
          onCustomScheduleChange={onCustomScheduleChange}
          onScheduleChange={(schedule) => onChange({ schedule })}
        />
        <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root
            name="retrain"
            hint={formatMessage(
              pluginMessage(
                'settings.retrainHint',
                'Learn from new orders soon after they arrive, for bought-together lists. Empty: wait for the schedule.',
              ),
            )}
          >
            <Field.Label>
              {formatMessage(pluginMessage('settings.retrain', 'Train again … seconds after a new order'))}
            </Field.Label>
            <NumberInput
              value={training.retrainAfterPurchasesSeconds ?? undefined}
              onValueChange={(value) => onChange({ retrainAfterPurchasesSeconds: value ?? null })}
            />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root
            name="memory"
            hint={formatMessage(
              pluginMessage(
                'settings.memoryHint',
                'A training that needs more stops, and the current model keeps serving.',
              ),
            )}
          >
            <Field.Label>
              {formatMessage(pluginMessage('settings.memory', 'Memory for a training (MB)'))}
            </Field.Label>
            <NumberInput
              value={training.memoryLimitMb}
              onValueChange={(value) => onChange({ memoryLimitMb: value ?? 2048 })}
            />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
    </Section>
  );
};
