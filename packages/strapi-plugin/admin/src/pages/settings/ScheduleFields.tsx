import { Field, Grid, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import type { PluginSettings } from '../../../../shared/contracts/settings';
import { pluginMessage } from '../../pluginMessage';

const SCHEDULES = [
  { cron: '0 * * * *', message: pluginMessage('schedule.hourly', 'Every hour') },
  { cron: '0 */6 * * *', message: pluginMessage('schedule.sixHours', 'Every 6 hours') },
  { cron: '0 3 * * *', message: pluginMessage('schedule.daily', 'Every night at 3:00') },
  { cron: 'off', message: pluginMessage('schedule.off', 'Only when someone clicks “Train now”') },
  { cron: 'custom', message: pluginMessage('schedule.custom', 'Custom (cron expression)') },
];

export interface ScheduleFieldsProps {
  schedule: PluginSettings['training']['schedule'];
  /** Chosen “Custom”: the cron field shows even while it holds a preset's expression. */
  customSchedule: boolean;
  onCustomScheduleChange: (custom: boolean) => void;
  onScheduleChange: (schedule: string | null) => void;
}

/** The training schedule as a preset, or as a cron expression for “Custom”; two items of the settings grid. */
export const ScheduleFields = ({
  schedule,
  customSchedule,
  onCustomScheduleChange,
  onScheduleChange,
}: ScheduleFieldsProps) => {
  const { formatMessage } = useIntl();
  const preset = customSchedule
    ? 'custom'
    : schedule === null
      ? 'off'
      : SCHEDULES.some((entry) => entry.cron === schedule)
        ? schedule
        : 'custom';
  return (
    <>
      <Grid.Item col={6} xs={12} direction="column" alignItems="stretch">
        <Field.Root name="schedule">
          <Field.Label>{formatMessage(pluginMessage('settings.schedule', 'Schedule'))}</Field.Label>
          <SingleSelect
            value={preset}
            onChange={(value) => {
              const choice = String(value);
              onCustomScheduleChange(choice === 'custom');
              if (choice === 'off') onScheduleChange(null);
              else if (choice !== 'custom') onScheduleChange(choice);
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
              value={schedule ?? ''}
              onChange={(event: ChangeEvent<HTMLInputElement>) => onScheduleChange(event.target.value)}
            />
            <Field.Hint />
          </Field.Root>
        </Grid.Item>
      )}
    </>
  );
};
