import { Box, Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';

/** A filter on one of the catalog's categories or brands, or any. */
export const FilterSelect = ({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: string[];
  onChange: (value: string | undefined) => void;
}) => {
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
