import { DateTimePicker, Field, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { SectionCard } from '../../../components/SectionCard';
import { pluginMessage } from '../../../pluginMessage';
import type { EditorialListEditorState } from './useEditorialListEditor';

export type EditorScheduleCardProps = Pick<EditorialListEditorState, 'form' | 'set' | 'errors'> & {
  readOnly: boolean;
};

/** When a published list shows: from a start, until an end, both optional. */
export const EditorScheduleCard = ({ form, set, errors, readOnly }: EditorScheduleCardProps) => {
  const { formatMessage } = useIntl();
  return (
    <SectionCard title={formatMessage(pluginMessage('editor.schedule', 'Schedule'))}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            pluginMessage(
              'editor.scheduleHint',
              'A published list is shown from the start until the end. Leave both empty to show it as soon as it is published, with no end.',
            ),
          )}
        </Typography>
        <Field.Root name="startsAt">
          <Field.Label>{formatMessage(pluginMessage('editor.field.startsAt', 'Start'))}</Field.Label>
          <DateTimePicker
            value={form.startsAt}
            disabled={readOnly}
            onChange={(date) => set('startsAt', date ?? null)}
            onClear={() => set('startsAt', null)}
            clearLabel={formatMessage(pluginMessage('editor.clearStart', 'Clear the start'))}
          />
        </Field.Root>
        <Field.Root name="endsAt" error={errors.endsAt}>
          <Field.Label>{formatMessage(pluginMessage('editor.field.endsAt', 'End'))}</Field.Label>
          <DateTimePicker
            value={form.endsAt}
            disabled={readOnly}
            onChange={(date) => set('endsAt', date ?? null)}
            onClear={() => set('endsAt', null)}
            clearLabel={formatMessage(pluginMessage('editor.clearEnd', 'Clear the end'))}
          />
          <Field.Error />
        </Field.Root>
      </Flex>
    </SectionCard>
  );
};
