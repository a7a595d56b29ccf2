import {
  Field,
  Flex,
  IconButton,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import type { PlacementVariant } from '../../../../shared/contracts/placements';
import { pluginMessage } from '../../pluginMessage';
import { sourceFromValue, sourceValue } from './placementForm';

export interface VariantFieldsProps {
  variant: PlacementVariant;
  /** The lists a variant may show: value (`list:…`, `editorial:…`) and label. */
  sources: { value: string; label: string }[];
  /** Why the list cannot be shown, as a warning on it. */
  problem?: string | undefined;
  /** Shares are asked for only in an A/B test. */
  tested: boolean;
  onChange: (variant: PlacementVariant) => void;
  onRemove?: () => void;
  readOnly: boolean;
}

/** What one variant shows: a list, its heading and (in a test) its share of shoppers. */
export const VariantFields = ({
  variant,
  sources,
  problem,
  tested,
  onChange,
  onRemove,
  readOnly,
}: VariantFieldsProps) => {
  const { formatMessage } = useIntl();
  const name = (field: string) => `${field}-${variant.key}`;
  return (
    <Flex gap={3} alignItems="flex-end" wrap="wrap">
      <Field.Root name={name('source')} style={{ minWidth: '24rem' }} error={problem}>
        <Field.Label>
          {tested
            ? formatMessage(pluginMessage('placements.field.variantSource', 'Variant {key}: list'), {
                key: variant.key.toUpperCase(),
              })
            : formatMessage(pluginMessage('placements.field.source', 'List'))}
        </Field.Label>
        <SingleSelect
          value={sourceValue(variant.source)}
          disabled={readOnly}
          onChange={(value) => onChange({ ...variant, source: sourceFromValue(String(value)) })}
        >
          {sources.map((source) => (
            <SingleSelectOption key={source.value} value={source.value}>
              {source.label}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
      <Field.Root name={name('heading')} style={{ minWidth: '24rem' }}>
        <Field.Label>
          {formatMessage(pluginMessage('placements.field.heading', 'Heading shoppers see'))}
        </Field.Label>
        <TextInput
          value={variant.heading}
          disabled={readOnly}
          maxLength={200}
          placeholder={formatMessage(pluginMessage('placements.field.headingDefault', "The list's own"))}
          onChange={(event: ChangeEvent<HTMLInputElement>) =>
            onChange({ ...variant, heading: event.target.value })
          }
        />
      </Field.Root>
      {tested && (
        <Field.Root name={name('share')} style={{ width: '12rem' }}>
          <Field.Label>{formatMessage(pluginMessage('placements.field.share', 'Shoppers (%)'))}</Field.Label>
          <NumberInput
            value={variant.share}
            disabled={readOnly}
            onValueChange={(value: number | undefined) => onChange({ ...variant, share: value ?? 0 })}
          />
        </Field.Root>
      )}
      {onRemove && !readOnly && (
        <IconButton
          variant="ghost"
          label={formatMessage(pluginMessage('placements.removeVariant', 'Remove variant {key}'), {
            key: variant.key.toUpperCase(),
          })}
          onClick={onRemove}
        >
          <Trash />
        </IconButton>
      )}
    </Flex>
  );
};
