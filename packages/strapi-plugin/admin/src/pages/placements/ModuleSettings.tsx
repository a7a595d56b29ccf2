import {
  Button,
  Field,
  Flex,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import type { PlacementModule } from '../../../../shared/contracts/placements';
import { pluginMessage } from '../../pluginMessage';
import { withVariantAdded } from './placementForm';

const SCOPES = ['everywhere', 'current', 'category'] as const;

export interface ModuleSettingsProps {
  module: PlacementModule;
  onChange: (module: PlacementModule) => void;
  readOnly: boolean;
}

/** How many products a module shows, how, from which part of the catalog, and the button that starts a test. */
export const ModuleSettings = ({ module, onChange, readOnly }: ModuleSettingsProps) => {
  const { formatMessage } = useIntl();
  const tested = module.variants.length > 1;
  const scope = module.scope?.currentCategory
    ? 'current'
    : module.scope?.category !== undefined
      ? 'category'
      : 'everywhere';
  return (
    <Flex gap={3} alignItems="flex-end" wrap="wrap">
      <Field.Root name={`limit-${module.key}`} style={{ width: '12rem' }}>
        <Field.Label>{formatMessage(pluginMessage('placements.field.limit', 'Products'))}</Field.Label>
        <NumberInput
          value={module.limit}
          disabled={readOnly}
          onValueChange={(value: number | undefined) => onChange({ ...module, limit: value ?? 1 })}
        />
      </Field.Root>
      <Field.Root name={`layout-${module.key}`} style={{ width: '16rem' }}>
        <Field.Label>{formatMessage(pluginMessage('placements.field.layout', 'Layout'))}</Field.Label>
        <SingleSelect
          value={module.layout}
          disabled={readOnly}
          onChange={(value) => onChange({ ...module, layout: value === 'grid' ? 'grid' : 'carousel' })}
        >
          <SingleSelectOption value="carousel">
            {formatMessage(pluginMessage('placements.layout.carousel', 'Carousel'))}
          </SingleSelectOption>
          <SingleSelectOption value="grid">
            {formatMessage(pluginMessage('placements.layout.grid', 'Grid'))}
          </SingleSelectOption>
        </SingleSelect>
      </Field.Root>
      <Field.Root name={`scope-${module.key}`} style={{ width: '24rem' }}>
        <Field.Label>{formatMessage(pluginMessage('placements.field.scope', 'Products from'))}</Field.Label>
        <SingleSelect
          value={scope}
          disabled={readOnly}
          onChange={(value) =>
            onChange({
              ...module,
              scope:
                value === 'current'
                  ? { currentCategory: true }
                  : value === 'category'
                    ? { category: '' }
                    : null,
            })
          }
        >
          {SCOPES.map((option) => (
            <SingleSelectOption key={option} value={option}>
              {formatMessage(pluginMessage(`placements.scope.${option}`, option))}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      {scope === 'category' && (
        <Field.Root name={`category-${module.key}`} style={{ width: '20rem' }}>
          <Field.Label>{formatMessage(pluginMessage('placements.field.category', 'Category'))}</Field.Label>
          <TextInput
            value={module.scope?.category ?? ''}
            disabled={readOnly}
            onChange={(event: ChangeEvent<HTMLInputElement>) =>
              onChange({ ...module, scope: { category: event.target.value } })
            }
          />
        </Field.Root>
      )}
      {!readOnly && module.variants.length < 4 && (
        <Button variant="tertiary" startIcon={<Plus />} onClick={() => onChange(withVariantAdded(module))}>
          {formatMessage(
            pluginMessage(
              tested ? 'placements.addVariant' : 'placements.startTest',
              tested ? 'Add a variant' : 'Test another list (A/B)',
            ),
          )}
        </Button>
      )}
    </Flex>
  );
};
