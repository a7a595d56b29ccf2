import { Box, Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';

export interface FilterSelectProps {
  name: string;
  label: string;
  value: string | undefined;
  options: string[];
  /** Undefined when the filter is cleared: any value passes. */
  onChange: (value: string | undefined) => void;
}

/** A filter on one catalog attribute, clearable back to “Any”. */
export const FilterSelect = ({ name, label, value, options, onChange }: FilterSelectProps) => {
  const { formatMessage } = useIntl();
  return (
    <Box minWidth="16rem">
      <Field.Root name={name}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect
          value={value}
          placeholder={formatMessage(pluginMessage('rules.any', 'Any'))}
          onClear={() => onChange(undefined)}
          onChange={(next) => onChange(String(next))}
        >
          {options.map((option) => (
            <SingleSelectOption key={option} value={option}>
              {option}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Box>
  );
};
