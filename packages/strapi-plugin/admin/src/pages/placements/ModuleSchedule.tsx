import { DateTimePicker, Field, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { PlacementModule } from '../../../../shared/contracts/placements';
import { pluginMessage } from '../../pluginMessage';

export interface ModuleScheduleProps {
  module: PlacementModule;
  onChange: (module: PlacementModule) => void;
  readOnly: boolean;
}

/** When the module is shown: from a start, until an end, both optional (a campaign's list, for example). */
export const ModuleSchedule = ({ module, onChange, readOnly }: ModuleScheduleProps) => {
  const { formatMessage } = useIntl();
  const endsTooEarly =
    module.startsAt !== null &&
    module.endsAt !== null &&
    Date.parse(module.endsAt) <= Date.parse(module.startsAt);
  const set = (field: 'startsAt' | 'endsAt', date: Date | null | undefined) =>
    onChange({ ...module, [field]: date ? date.toISOString() : null });
  return (
    <Flex gap={3} alignItems="flex-start" wrap="wrap">
      <Field.Root
        name={`startsAt-${module.key}`}
        style={{ width: '28rem' }}
        hint={formatMessage(
          pluginMessage('placements.startsHint', 'Empty: shown once the slot is published.'),
        )}
      >
        <Field.Label>{formatMessage(pluginMessage('placements.field.startsAt', 'Shown from'))}</Field.Label>
        <DateTimePicker
          value={module.startsAt === null ? undefined : new Date(module.startsAt)}
          disabled={readOnly}
          onChange={(date) => set('startsAt', date)}
          onClear={() => set('startsAt', null)}
          clearLabel={formatMessage(pluginMessage('placements.clearStart', 'Clear the start'))}
        />
        <Field.Hint />
      </Field.Root>
      <Field.Root
        name={`endsAt-${module.key}`}
        style={{ width: '28rem' }}
        hint={formatMessage(pluginMessage('placements.endsHint', 'Empty: no end.'))}
        error={
          endsTooEarly
            ? formatMessage(pluginMessage('placements.endsTooEarly', 'The end must come after the start.'))
            : undefined
        }
      >
        <Field.Label>{formatMessage(pluginMessage('placements.field.endsAt', 'Until'))}</Field.Label>
        <DateTimePicker
          value={module.endsAt === null ? undefined : new Date(module.endsAt)}
          disabled={readOnly}
          onChange={(date) => set('endsAt', date)}
          onClear={() => set('endsAt', null)}
          clearLabel={formatMessage(pluginMessage('placements.clearEnd', 'Clear the end'))}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    </Flex>
  );
};
