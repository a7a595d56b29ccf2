import { Field, Grid, NumberInput, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import type { PluginSettings } from '../../../../shared/contracts/settings';
import { Section } from '../../components/Section';
import { pluginMessage } from '../../pluginMessage';

export const SCHEDULES = [
  { cron: '0 * * * *', message: pluginMessage('schedule.hourly', 'Every hour') },
  { cron: '0 */6 * * *', message: pluginMessage('schedule.sixHours', 'Every 6 hours') },
  { cron: '0 3 * * *', message: pluginMessage('schedule.daily', 'Every night at 3:00') },
  { cron: 'off', message: pluginMessage('schedule.off', 'Only when someone clicks “Train now”') },
  { cron: 'custom', message: pluginMessage('schedule.custom', 'Custom (cron expression)') },
];

/** When the model trains, and how much memory a training may take. */
export const TrainingSettings = ({
  training,
  preset,
  onCustomSchedule,
  setTraining,
}: {
  training: PluginSettings['training'];
  /** The schedule's choice: a preset's cron, 'off' or 'custom'. */
  preset: string;
  onCustomSchedule: (custom: boolean) => void;
  setTraining: (patch: Partial<PluginSettings['training']>) => void;
}) => {
  const { formatMessage } = useIntl();
  return (
    <Section
      title={formatMessage(pluginMessage('settings.training', 'Training'))}
      hint={formatMessage(
        pluginMessage('settings.trainingHint', 'When the model learns again from the latest events.'),
      )}
    >
      <Grid.Root gap={4}>
        <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="schedule">
            <Field.Label>{formatMessage(pluginMessage('settings.schedule', 'Schedule'))}</Field.Label>
            <SingleSelect
              value={preset}
              onChange={(value) => {
                const choice = String(value);
                onCustomSchedule(choice === 'custom');
                if (choice === 'off') setTraining({ schedule: null });
                else if (choice !== 'custom') setTraining({ schedule: choice });
              }}
            >
              {SCHEDULES.map((entry) => (
                <SingleSelectOption key={entry.cron} value={entry.cron}>
                  {formatMessage(entry.message)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        {preset === 'custom' && (
          <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
            <Field.Root
              name="cron"
              hint={formatMessage(
                pluginMessage(
                  'settings.cronHint',
                  'Minute, hour, day, month, weekday: "30 2 * * 1" is Mondays at 2:30.',
                ),
              )}
            >
              <Field.Label>{formatMessage(pluginMessage('settings.cron', 'Cron expression'))}</Field.Label>
              <TextInput
                value={training.schedule ?? ''}
                onChange={(event: ChangeEvent<HTMLInputElement>) =>
                  setTraining({ schedule: event.target.value })
                }
              />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
        )}
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
              onValueChange={(value) => setTraining({ retrainAfterPurchasesSeconds: value ?? null })}
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
              onValueChange={(value) => setTraining({ memoryLimitMb: value ?? 2048 })}
            />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
    </Section>
  );
};
