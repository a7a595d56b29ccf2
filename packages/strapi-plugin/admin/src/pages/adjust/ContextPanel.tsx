import type { ListName } from '@aisle/engine';
import {
  Box,
  Button,
  Field,
  Flex,
  IconButton,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../shared/contracts/lists';
import type { CatalogFacets } from '../../../../shared/contracts/products';
import { ProductPicker } from '../../components/ProductPicker';
import { ProductSummary } from '../../components/ProductSummary';
import { pluginMessage } from '../../pluginMessage';
import { listLabel } from '../../utils/listLabel';
import type { ContextKind } from './draftRules';
import { AI_LISTS } from './draftRules';

export interface PreviewContext {
  kind: ContextKind;
  product: RecommendedProduct | null;
  basket: RecommendedProduct[];
  category: string;
  /** A user id or a session id, as the storefront sends it. */
  shopper: string;
}

export const EMPTY_CONTEXT: PreviewContext = {
  kind: 'none',
  product: null,
  basket: [],
  category: '',
  shopper: '',
};

const KINDS: { kind: ContextKind; message: ReturnType<typeof pluginMessage> }[] = [
  { kind: 'none', message: pluginMessage('context.none', 'Any shopper, anywhere') },
  { kind: 'product', message: pluginMessage('context.product', 'A product page') },
  { kind: 'basket', message: pluginMessage('context.basket', 'A basket of several products') },
  { kind: 'category', message: pluginMessage('context.category', 'A category page') },
  { kind: 'shopper', message: pluginMessage('context.shopper', 'A sample shopper or session') },
];

export interface ContextPanelProps {
  list: ListName;
  onListChange: (list: ListName) => void;
  context: PreviewContext;
  onContextChange: (context: PreviewContext) => void;
  facets: CatalogFacets | undefined;
}

/** Which list to adjust, and where a shopper would see it. */
export const ContextPanel = ({ list, onListChange, context, onContextChange, facets }: ContextPanelProps) => {
  const { formatMessage } = useIntl();
  const set = (patch: Partial<PreviewContext>) => onContextChange({ ...context, ...patch });

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={4} alignItems="flex-start" wrap="wrap">
        <Box flex="1" minWidth="24rem">
          <Field.Root name="list">
            <Field.Label>{formatMessage(pluginMessage('adjust.list', 'List'))}</Field.Label>
            <SingleSelect value={list} onChange={(value) => onListChange(String(value) as ListName)}>
              {AI_LISTS.map((name) => (
                <SingleSelectOption key={name} value={name}>
                  {listLabel(formatMessage, name)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        <Box flex="1" minWidth="24rem">
          <Field.Root name="context">
            <Field.Label>{formatMessage(pluginMessage('adjust.context', 'Shown on'))}</Field.Label>
            <SingleSelect
              value={context.kind}
              onChange={(value) => set({ kind: String(value) as ContextKind })}
            >
              {KINDS.map(({ kind, message }) => (
                <SingleSelectOption key={kind} value={kind}>
                  {formatMessage(message)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
      </Flex>

      {context.kind === 'product' &&
        (context.product ? (
          <Flex justifyContent="space-between" gap={3}>
            <ProductSummary product={context.product} />
            <Button variant="tertiary" onClick={() => set({ product: null })}>
              {formatMessage(pluginMessage('context.changeProduct', 'Choose another product'))}
            </Button>
          </Flex>
        ) : (
          <ProductPicker
            label={formatMessage(pluginMessage('context.pickProduct', 'Product page of'))}
            actionLabel={formatMessage(pluginMessage('context.choose', 'Choose'))}
            onPick={(product) => set({ product })}
          />
        ))}

      {context.kind === 'basket' && (
        <Flex direction="column" alignItems="stretch" gap={2}>
          {context.basket.map((product) => (
            <Flex key={product.id} justifyContent="space-between" gap={3}>
              <ProductSummary product={product} />
              <IconButton
                variant="ghost"
                label={formatMessage(
                  pluginMessage('context.removeFromBasket', 'Take {name} out of the basket'),
                  {
                    name: product.title,
                  },
                )}
                onClick={() => set({ basket: context.basket.filter((entry) => entry.id !== product.id) })}
              >
                <Cross />
              </IconButton>
            </Flex>
          ))}
          <ProductPicker
            label={formatMessage(pluginMessage('context.addToBasket', 'Products in the basket'))}
            actionLabel={formatMessage(pluginMessage('context.add', 'Add'))}
            pickedIds={context.basket.map((product) => product.id)}
            onPick={(product) => set({ basket: [...context.basket, product] })}
          />
        </Flex>
      )}

      {context.kind === 'category' && (
        <Field.Root name="context-category">
          <Field.Label>
            {formatMessage(pluginMessage('context.pickCategory', 'Category page of'))}
          </Field.Label>
          <SingleSelect
            value={context.category || undefined}
            placeholder={formatMessage(pluginMessage('context.categoryPlaceholder', 'Choose a category'))}
            onChange={(value) => set({ category: String(value) })}
          >
            {(facets?.categories ?? []).map((category) => (
              <SingleSelectOption key={category} value={category}>
                {category}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      )}

      {context.kind === 'shopper' && (
        <Field.Root
          name="context-shopper"
          hint={formatMessage(
            pluginMessage(
              'context.shopperHint',
              'The user id or session id the storefront sends with its events.',
            ),
          )}
        >
          <Field.Label>
            {formatMessage(pluginMessage('context.pickShopper', 'Shopper or session id'))}
          </Field.Label>
          <TextInput
            value={context.shopper}
            maxLength={200}
            onChange={(event: ChangeEvent<HTMLInputElement>) => set({ shopper: event.target.value })}
          />
          <Field.Hint />
        </Field.Root>
      )}
      {context.kind === 'none' && (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            pluginMessage(
              'context.noneHint',
              'The list as it is shown without a product, basket or shopper: on a home page, for example.',
            ),
          )}
        </Typography>
      )}
    </Flex>
  );
};
