import { Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../../shared/contracts/lists';
import { ProductPicker } from '../../../components/ProductPicker';
import { pluginMessage } from '../../../pluginMessage';
import type { ScopeKind } from '../draftRules';
import { facetOptions } from './facetOptions';
import { RuleGroup } from './RuleGroup';
import type { RuleEditorProps } from './ruleEditorProps';

export interface ScopeRulesProps extends RuleEditorProps {
  onProduct: (product: RecommendedProduct) => void;
  /** The product of the preview's context: the default of a product scope. */
  contextProduct: RecommendedProduct | null;
}

/** Where the rule set applies: everywhere, in one category or on one product's page. */
export const ScopeRules = ({ draft, set, facets, titles, onProduct, contextProduct }: ScopeRulesProps) => {
  const { formatMessage } = useIntl();
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
    <RuleGroup title={formatMessage(pluginMessage('rules.scope', 'Where these rules apply'))}>
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
            {facetOptions(facets, 'category').map((category) => (
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
    </RuleGroup>
  );
};
