import { Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { ProductPicker } from '../../../components/ProductPicker';
import { pluginMessage } from '../../../pluginMessage';
import type { ScopeKind } from '../draftRules';
import { RulesSection } from './RulesSection';
import type { RulesSectionProps } from './RulesSectionProps';

/** Where the rule set applies: everywhere, in a category, or on one product page. */
export const ScopeSection = ({
  draft,
  set,
  optionsOf,
  titles,
  onProduct,
  setScope,
}: RulesSectionProps & { setScope: (kind: ScopeKind) => void }) => {
  const { formatMessage } = useIntl();
  return (
    <RulesSection title={formatMessage(pluginMessage('rules.scope', 'Where these rules apply'))}>
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
    </RulesSection>
  );
};
