import type { ProductMatch } from '@aisle/engine';
import {
  Box,
  Button,
  Field,
  Flex,
  IconButton,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Toggle,
  Typography,
} from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import type { ChangeEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../shared/contracts/lists';
import type { CatalogFacets } from '../../../../shared/contracts/products';
import { ProductPicker } from '../../components/ProductPicker';
import { pluginMessage } from '../../pluginMessage';
import { describeMatch } from './describeMatch';
import type { DraftRules, ScopeKind } from './draftRules';

export interface RulesPanelProps {
  draft: DraftRules;
  onChange: (draft: DraftRules) => void;
  facets: CatalogFacets | undefined;
  titles: ReadonlyMap<string, string>;
  /** Remembers a product's title for the rules that name it. */
  onProduct: (product: RecommendedProduct) => void;
  /** The product of the preview's context: the default of a product scope. */
  contextProduct: RecommendedProduct | null;
}

type Attribute = 'category' | 'brand' | 'tag' | 'price';
type AttributeAction = 'exclude' | 'boost' | 'bury';

const DEFAULT_FACTOR = { boost: 2, bury: 0.5 };

/** The rules of the rule set being edited: where it applies, pins, exclusions, boosts and buries, filters. */
export const RulesPanel = ({
  draft,
  onChange,
  facets,
  titles,
  onProduct,
  contextProduct,
}: RulesPanelProps) => {
  const { formatMessage } = useIntl();
  const set = (patch: Partial<DraftRules>) => onChange({ ...draft, ...patch });
  const [attributeAction, setAttributeAction] = useState<AttributeAction>('boost');
  const [attribute, setAttribute] = useState<Attribute>('brand');
  const [attributeValue, setAttributeValue] = useState('');
  const [priceRange, setPriceRange] = useState<{ min?: number; max?: number }>({});
  const describe = (match: ProductMatch) => describeMatch(formatMessage, match, titles);

  const optionsOf = (kind: 'category' | 'brand' | 'tag') =>
    kind === 'category'
      ? (facets?.categories ?? [])
      : kind === 'brand'
        ? (facets?.brands ?? [])
        : (facets?.tags ?? []);

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

  const setScope = (kind: ScopeKind) => {
    if (kind === 'product') {
      if (contextProduct) onProduct(contextProduct);
      set({ scope: { kind, productId: draft.scope.productId ?? contextProduct?.id } });
    } else if (kind === 'category') {
      set({ scope: { kind, category: draft.scope.category ?? contextProduct?.category?.at(-1) } });
    } else {
      set({ scope: { kind } });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Field.Root
        name="rule-set-name"
        hint={formatMessage(pluginMessage('rules.nameHint', 'For your team, e.g. “Winter tents push”.'))}
      >
        <Field.Label>{formatMessage(pluginMessage('rules.name', 'Name'))}</Field.Label>
        <TextInput
          value={draft.name}
          maxLength={200}
          onChange={(event: ChangeEvent<HTMLInputElement>) => set({ name: event.target.value })}
        />
        <Field.Hint />
      </Field.Root>

      <Section title={formatMessage(pluginMessage('rules.scope', 'Where these rules apply'))}>
        <Field.Root name="scope">
          <Field.Label>{formatMessage(pluginMessage('rules.scopeLabel', 'Apply'))}</Field.Label>
          <SingleSelect value={draft.scope.kind} onChange={(value) => setScope(String(value) as ScopeKind)}>
            <SingleSelectOption value="everywhere">
              {formatMessage(pluginMessage('rules.scope.everywhere', 'Everywhere this list is shown'))}
            </SingleSelectOption>
            <SingleSelectOption value="category">
              {formatMessage(pluginMessage('rules.scope.category', 'Only in one category'))}
            </SingleSelectOption>
            <SingleSelectOption value="product">
              {formatMessage(pluginMessage('rules.scope.product', 'Only on one product’s page'))}
            </SingleSelectOption>
          </SingleSelect>
        </Field.Root>
        {draft.scope.kind === 'category' && (
          <Field.Root name="scope-category">
            <Field.Label>{formatMessage(pluginMessage('rules.scopeCategory', 'Category'))}</Field.Label>
            <SingleSelect
              value={draft.scope.category}
              placeholder={formatMessage(pluginMessage('context.categoryPlaceholder', 'Choose a category'))}
              onChange={(value) => set({ scope: { kind: 'category', category: String(value) } })}
            >
              {optionsOf('category').map((category) => (
                <SingleSelectOption key={category} value={category}>
                  {category}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        )}
        {draft.scope.kind === 'product' &&
          (draft.scope.productId ? (
            <Flex justifyContent="space-between">
              <Typography>
                {formatMessage(pluginMessage('rules.scopeProductIs', 'On the page of {name}'), {
                  name: titles.get(draft.scope.productId) ?? draft.scope.productId,
                })}
              </Typography>
              <Button variant="tertiary" size="S" onClick={() => set({ scope: { kind: 'product' } })}>
                {formatMessage(pluginMessage('rules.change', 'Change'))}
              </Button>
            </Flex>
          ) : (
            <ProductPicker
              label={formatMessage(pluginMessage('rules.scopeProduct', 'Product page'))}
              actionLabel={formatMessage(pluginMessage('context.choose', 'Choose'))}
              onPick={(product) => {
                onProduct(product);
                set({ scope: { kind: 'product', productId: product.id } });
              }}
            />
          ))}
      </Section>

      <Section title={formatMessage(pluginMessage('rules.pins', 'Pinned products'))}>
        {draft.pins.length === 0 && (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              pluginMessage(
                'rules.noPins',
                'None. Use the pin button of a product in the list, or search below.',
              ),
            )}
          </Typography>
        )}
        {draft.pins.map((pin, index) => (
          <Flex key={pin.productId} gap={3} justifyContent="space-between">
            <Typography ellipsis>{titles.get(pin.productId) ?? pin.productId}</Typography>
            <Flex gap={2}>
              <Box width="10rem">
                <Field.Root name={`pin-${pin.productId}`}>
                  <NumberInput
                    aria-label={formatMessage(pluginMessage('rules.pinPosition', 'Position of {name}'), {
                      name: titles.get(pin.productId) ?? pin.productId,
                    })}
                    value={pin.position}
                    onValueChange={(value) =>
                      set({
                        pins: draft.pins.map((entry, other) =>
                          other === index
                            ? { ...entry, position: Math.max(1, Math.min(100, Math.round(value ?? 1))) }
                            : entry,
                        ),
                      })
                    }
                  />
                </Field.Root>
              </Box>
              <RemoveButton
                label={formatMessage(pluginMessage('rules.unpin', 'Unpin {name}'), {
                  name: titles.get(pin.productId) ?? pin.productId,
                })}
                onClick={() => set({ pins: draft.pins.filter((_, other) => other !== index) })}
              />
            </Flex>
          </Flex>
        ))}
        <ProductPicker
          label={formatMessage(pluginMessage('rules.pinSearch', 'Pin a product'))}
          actionLabel={formatMessage(pluginMessage('rules.pinAction', 'Pin'))}
          pickedIds={draft.pins.map((pin) => pin.productId)}
          onPick={(product) => {
            onProduct(product);
            set({ pins: [...draft.pins, { productId: product.id, position: draft.pins.length + 1 }] });
          }}
        />
      </Section>

      <Section title={formatMessage(pluginMessage('rules.adjustments', 'Excluded, boosted and buried'))}>
        {draft.exclude.length === 0 && draft.boosts.length === 0 && (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              pluginMessage(
                'rules.noAdjustments',
                'None. Use the buttons of a product in the list, or add a rule on a category, brand, tag or price range below.',
              ),
            )}
          </Typography>
        )}
        {draft.exclude.map((match, index) => (
          <Flex key={`exclude-${index}`} gap={3} justifyContent="space-between">
            <Typography>
              {formatMessage(pluginMessage('rules.excluded', 'Exclude {what}'), { what: describe(match) })}
            </Typography>
            <RemoveButton
              label={formatMessage(pluginMessage('rules.removeExclusion', 'Stop excluding {what}'), {
                what: describe(match),
              })}
              onClick={() => set({ exclude: draft.exclude.filter((_, other) => other !== index) })}
            />
          </Flex>
        ))}
        {draft.boosts.map((boost, index) => (
          <Flex key={`boost-${index}`} gap={3} justifyContent="space-between">
            <Typography>
              {boost.factor >= 1
                ? formatMessage(pluginMessage('rules.boosted', 'Boost {what}'), {
                    what: describe(boost.match),
                  })
                : formatMessage(pluginMessage('rules.buried', 'Bury {what}'), {
                    what: describe(boost.match),
                  })}
            </Typography>
            <Flex gap={2}>
              <Box width="10rem">
                <Field.Root name={`factor-${index}`}>
                  <NumberInput
                    aria-label={formatMessage(pluginMessage('rules.factor', 'Score multiplier for {what}'), {
                      what: describe(boost.match),
                    })}
                    step={0.1}
                    value={boost.factor}
                    onValueChange={(value) =>
                      set({
                        boosts: draft.boosts.map((entry, other) =>
                          other === index && value !== undefined && value > 0 && value <= 100
                            ? { ...entry, factor: value }
                            : entry,
                        ),
                      })
                    }
                  />
                </Field.Root>
              </Box>
              <RemoveButton
                label={formatMessage(pluginMessage('rules.removeBoost', 'Remove the rule on {what}'), {
                  what: describe(boost.match),
                })}
                onClick={() => set({ boosts: draft.boosts.filter((_, other) => other !== index) })}
              />
            </Flex>
          </Flex>
        ))}
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
            <Box minWidth="16rem" flex="1">
              <Field.Root name="attribute-value">
                <Field.Label>{formatMessage(pluginMessage('rules.value', 'Value'))}</Field.Label>
                <SingleSelect
                  value={attributeValue || undefined}
                  placeholder={formatMessage(pluginMessage('rules.valuePlaceholder', 'Choose…'))}
                  onChange={(value) => setAttributeValue(String(value))}
                >
                  {optionsOf(attribute).map((value) => (
                    <SingleSelectOption key={value} value={value}>
                      {value}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
          )}
          <Button variant="secondary" disabled={attributeMatch() === null} onClick={addAttributeRule}>
            {formatMessage(pluginMessage('rules.addRule', 'Add the rule'))}
          </Button>
        </Flex>
      </Section>

      <Section title={formatMessage(pluginMessage('rules.filters', 'Filters: show only'))}>
        <Flex gap={2} wrap="wrap" alignItems="flex-end">
          <FilterSelect
            name="filter-category"
            label={formatMessage(pluginMessage('rules.filterCategory', 'Category'))}
            value={draft.filters.category}
            options={optionsOf('category')}
            onChange={(category) => set({ filters: { ...draft.filters, category } })}
          />
          <FilterSelect
            name="filter-brand"
            label={formatMessage(pluginMessage('rules.filterBrand', 'Brand'))}
            value={draft.filters.brand}
            options={optionsOf('brand')}
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
      </Section>
    </Flex>
  );
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-label={title}>
    <Typography variant="sigma" textColor="neutral600" tag="h3">
      {title}
    </Typography>
    {children}
  </Flex>
);

const RemoveButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <IconButton variant="ghost" label={label} onClick={onClick}>
    <Trash />
  </IconButton>
);

const FilterSelect = ({
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
