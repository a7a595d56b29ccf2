import { Box, Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CatalogFacets } from '../../../../../shared/contracts/products';
import { pluginMessage } from '../../../pluginMessage';
import { facetOptions } from './facetOptions';

export interface AttributeValueFieldProps {
  attribute: 'category' | 'brand' | 'tag';
  facets: CatalogFacets | undefined;
  /** Empty while none is chosen. */
  value: string;
  onChange: (value: string) => void;
}

/** The category, brand or tag a new rule names, among those of the catalog. */
export const AttributeValueField = ({ attribute, facets, value, onChange }: AttributeValueFieldProps) => {
  const { formatMessage } = useIntl();
  return (
    <Box minWidth="16rem" flex="1">
      <Field.Root name="attribute-value">
        <Field.Label>{formatMessage(pluginMessage('rules.value', 'Value'))}</Field.Label>
        <SingleSelect
          value={value || undefined}
          placeholder={formatMessage(pluginMessage('rules.valuePlaceholder', 'Choose…'))}
          onChange={(next) => onChange(String(next))}
        >
          {facetOptions(facets, attribute).map((option) => (
            <SingleSelectOption key={option} value={option}>
              {option}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Box>
  );
};
