import type { ProductMatch } from '@aisle/engine';
import {
  Box,
  Button,
  Field,
  Flex,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
} from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import { pluginMessage } from '../../../pluginMessage';
import { AttributeValueField } from './AttributeValueField';
import type { RuleEditorProps } from './ruleEditorProps';

export type Attribute = 'category' | 'brand' | 'tag' | 'price';
type AttributeAction = 'exclude' | 'boost' | 'bury';

const DEFAULT_FACTOR = { boost: 2, bury: 0.5 };

/** Adds a rule on every product with a category, brand, tag or price range: exclude, boost or bury them. */
export const AttributeRuleForm = ({ draft, set, facets }: Omit<RuleEditorProps, 'titles'>) => {
  const { formatMessage } = useIntl();
  const [attributeAction, setAttributeAction] = useState<AttributeAction>('boost');
  const [attribute, setAttribute] = useState<Attribute>('brand');
  const [attributeValue, setAttributeValue] = useState('');
  const [priceRange, setPriceRange] = useState<{ min?: number; max?: number }>({});

  const attributeMatch = (): ProductMatch | null => {
    if (attribute === 'price') {
      if (priceRange.min === undefined && priceRange.max === undefined) return null;
      return {
        ...(priceRange.min !== undefined ? { minPrice: priceRange.min } : {}),
        ...(priceRange.max !== undefined ? { maxPrice: priceRange.max } : {}),
      };
    }
    return attributeValue === '' ? null : { [attribute]: attributeValue };
  };
  const addAttributeRule = () => {
    const match = attributeMatch();
    if (match === null) return;
    if (attributeAction === 'exclude') set({ exclude: [...draft.exclude, match] });
    else set({ boosts: [...draft.boosts, { match, factor: DEFAULT_FACTOR[attributeAction] }] });
    setAttributeValue('');
    setPriceRange({});
  };

  return (
    <Flex gap={2} alignItems="flex-end" wrap="wrap">
      <Box minWidth="12rem">
        <Field.Root name="attribute-action">
          <Field.Label>{formatMessage(pluginMessage('rules.attributeAction', 'Do'))}</Field.Label>
          <SingleSelect
            value={attributeAction}
            onChange={(value) => setAttributeAction(String(value) as AttributeAction)}
          >
            <SingleSelectOption value="boost">
              {formatMessage(pluginMessage('rules.do.boost', 'Boost'))}
            </SingleSelectOption>
            <SingleSelectOption value="bury">
              {formatMessage(pluginMessage('rules.do.bury', 'Bury'))}
            </SingleSelectOption>
            <SingleSelectOption value="exclude">
              {formatMessage(pluginMessage('rules.do.exclude', 'Exclude'))}
            </SingleSelectOption>
          </SingleSelect>
        </Field.Root>
      </Box>
      <Box minWidth="12rem">
        <Field.Root name="attribute">
          <Field.Label>{formatMessage(pluginMessage('rules.attribute', 'Products with'))}</Field.Label>
          <SingleSelect
            value={attribute}
            onChange={(value) => {
              setAttribute(String(value) as Attribute);
              setAttributeValue('');
            }}
          >
            <SingleSelectOption value="brand">
              {formatMessage(pluginMessage('rules.by.brand', 'Brand'))}
            </SingleSelectOption>
            <SingleSelectOption value="category">
              {formatMessage(pluginMessage('rules.by.category', 'Category'))}
            </SingleSelectOption>
            <SingleSelectOption value="tag">
              {formatMessage(pluginMessage('rules.by.tag', 'Tag'))}
            </SingleSelectOption>
            <SingleSelectOption value="price">
              {formatMessage(pluginMessage('rules.by.price', 'Price range'))}
            </SingleSelectOption>
          </SingleSelect>
        </Field.Root>
      </Box>
      {attribute === 'price' ? (
        <>
          <Box width="10rem">
            <Field.Root name="attribute-min">
              <Field.Label>{formatMessage(pluginMessage('rules.min', 'From'))}</Field.Label>
              <NumberInput
                value={priceRange.min}
                onValueChange={(min) => setPriceRange({ ...priceRange, min })}
              />
            </Field.Root>
          </Box>
          <Box width="10rem">
            <Field.Root name="attribute-max">
              <Field.Label>{formatMessage(pluginMessage('rules.max', 'To'))}</Field.Label>
              <NumberInput
                value={priceRange.max}
                onValueChange={(max) => setPriceRange({ ...priceRange, max })}
              />
            </Field.Root>
          </Box>
        </>
      ) : (
        <AttributeValueField
          attribute={attribute}
          facets={facets}
          value={attributeValue}
          onChange={setAttributeValue}
        />
      )}
      <Button variant="secondary" disabled={attributeMatch() === null} onClick={addAttributeRule}>
        {formatMessage(pluginMessage('rules.addRule', 'Add the rule'))}
      </Button>
    </Flex>
  );
};
