import { Field, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import type { ChangeEvent, ReactNode } from 'react';
import { useIntl } from 'react-intl';

import { placementsApi } from '../api/placementsApi';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';

export interface PlacementSlotInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/**
 * The Content Manager's input of the placement custom field: the placements to choose from, by name and page (a
 * draft one is marked: storefronts show nothing until it is published). An editor who may not read the plugin's
 * placements types the slot.
 */
export const PlacementSlotInput = ({ name, label, hint, required, disabled }: PlacementSlotInputProps) => {
  const { formatMessage } = useIntl();
  const field = useField<string | null>(name);
  const placements = useRemoteData('placements', (client, signal) => placementsApi.find(client, signal));
  const value = field.value ?? '';
  return (
    <Field.Root name={name} hint={hint} error={field.error} required={required}>
      <Field.Label>{label}</Field.Label>
      {placements.data === undefined ? (
        <TextInput
          value={value}
          disabled={disabled}
          onChange={(event: ChangeEvent<HTMLInputElement>) =>
            field.onChange(name, event.target.value || null)
          }
        />
      ) : (
        <SingleSelect
          value={value}
          disabled={disabled}
          placeholder={formatMessage(pluginMessage('customField.choose', 'Choose a placement'))}
          onClear={() => field.onChange(name, null)}
          onChange={(slot) => field.onChange(name, String(slot))}
        >
          {placements.data.map((placement) => (
            <SingleSelectOption key={placement.slot} value={placement.slot}>
              {placement.status === 'published'
                ? `${placement.name} (${placement.slot})`
                : formatMessage(
                    pluginMessage('customField.draft', '{name} ({slot}), a draft: not shown yet'),
                    {
                      name: placement.name,
                      slot: placement.slot,
                    },
                  )}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
