import { Box, Field, Flex, NumberInput, Toggle } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';
import { facetOptions } from './facetOptions';
import { FilterSelect } from './FilterSelect';
import { RuleGroup } from './RuleGroup';
import type { RuleEditorProps } from './ruleEditorProps';

/** Filters that keep only some products: category, brand, price range, and whether out-of-stock ones show. */
export const FilterRules = ({ draft, set, facets }: Omit<RuleEditorProps, 'titles'>) => {
  const { formatMessage } = useIntl();
  return (
    <RuleGroup title={formatMessage(pluginMessage('rules.filters', 'Filters: show only'))}>
      <Flex gap={2} wrap="wrap" alignItems="flex-end">
        <FilterSelect
          name="filter-category"
          label={formatMessage(pluginMessage('rules.filterCategory', 'Category'))}
          value={draft.filters.category}
          options={facetOptions(facets, 'category')}
          onChange={(category) => set({ filters: { ...draft.filters, category } })}
        />
        <FilterSelect
          name="filter-brand"
          label={formatMessage(pluginMessage('rules.filterBrand', 'Brand'))}
          value={draft.filters.brand}
          options={facetOptions(facets, 'brand')}
          onChange={(brand) => set({ filters: { ...draft.filters, brand } })}
        />
        <Box width="10rem">
          <Field.Root name="filter-min">
            <Field.Label>{formatMessage(pluginMessage('rules.filterMin', 'Price from'))}</Field.Label>
            <NumberInput
              value={draft.filters.minPrice}
              onValueChange={(minPrice) => set({ filters: { ...draft.filters, minPrice } })}
            />
          </Field.Root>
        </Box>
        <Box width="10rem">
          <Field.Root name="filter-max">
            <Field.Label>{formatMessage(pluginMessage('rules.filterMax', 'Price up to'))}</Field.Label>
            <NumberInput
              value={draft.filters.maxPrice}
              onValueChange={(maxPrice) => set({ filters: { ...draft.filters, maxPrice } })}
            />
          </Field.Root>
        </Box>
      </Flex>
      <Field.Root name="filter-available">
        <Field.Label>
          {formatMessage(pluginMessage('rules.filterAvailable', 'Out-of-stock products'))}
        </Field.Label>
        <Toggle
          onLabel={formatMessage(pluginMessage('rules.hideUnavailable', 'Hidden'))}
          offLabel={formatMessage(pluginMessage('rules.showUnavailable', 'Shown'))}
          checked={draft.filters.availableOnly !== false}
          onChange={(event: ChangeEvent<HTMLInputElement>) =>
            set({ filters: { ...draft.filters, availableOnly: event.target.checked ? undefined : false } })
          }
        />
      </Field.Root>
    </RuleGroup>
  );
};
