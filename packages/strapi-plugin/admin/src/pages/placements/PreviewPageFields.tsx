import { Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { PlacementInput } from '../../../../shared/contracts/placements';
import { productsApi } from '../../api/productsApi';
import { useRemoteData } from '../../hooks/useRemoteData';
import { pluginMessage } from '../../pluginMessage';
import { BasketContext } from '../adjust/context/BasketContext';
import { CategoryContext } from '../adjust/context/CategoryContext';
import type { PreviewContext } from '../adjust/context/previewContext';
import { ProductPageContext } from '../adjust/context/ProductPageContext';
import { ShopperContext } from '../adjust/context/ShopperContext';

// Not a variant key (lower-case letters, digits and dashes).
const SHOPPERS_DRAW = '*';

export interface PreviewPageFieldsProps {
  form: PlacementInput;
  context: PreviewContext;
  onContextChange: (context: PreviewContext) => void;
  variants: Record<string, string>;
  onVariantsChange: (variants: Record<string, string>) => void;
}

/** The page the slot is previewed on (what its page type needs), the shopper, and the variant of each test. */
export const PreviewPageFields = (props: PreviewPageFieldsProps) => {
  const { form, context, onContextChange, variants, onVariantsChange } = props;
  const { formatMessage } = useIntl();
  const facets = useRemoteData(form.page === 'category' ? 'facets' : null, (client, signal) =>
    productsApi.facets(client, signal),
  );
  const set = (patch: Partial<PreviewContext>) => onContextChange({ ...context, ...patch });
  const tests = form.modules.filter((module) => module.variants.length > 1);
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {(form.page === 'product' || form.page === 'custom') && (
        <ProductPageContext product={context.product} onChange={(product) => set({ product })} />
      )}
      {(form.page === 'cart' || form.page === 'checkout') && (
        <BasketContext basket={context.basket} onChange={(basket) => set({ basket })} />
      )}
      {form.page === 'category' && (
        <CategoryContext
          category={context.category}
          categories={facets.data?.categories}
          onChange={(category) => set({ category })}
        />
      )}
      <ShopperContext shopper={context.shopper} onChange={(shopper) => set({ shopper })} />
      {tests.map((module, index) => (
        <Field.Root key={module.key} name={`preview-variant-${module.key}`} style={{ maxWidth: '32rem' }}>
          <Field.Label>
            {formatMessage(
              pluginMessage('placements.previewVariant', 'Variant of the test on list {position}'),
              {
                position: form.modules.indexOf(module) + 1,
              },
            )}
          </Field.Label>
          <SingleSelect
            value={variants[module.key] ?? SHOPPERS_DRAW}
            onChange={(value) => {
              const next = { ...variants };
              if (value === SHOPPERS_DRAW) delete next[module.key];
              else next[module.key] = String(value);
              onVariantsChange(next);
            }}
          >
            <SingleSelectOption value={SHOPPERS_DRAW}>
              {formatMessage(pluginMessage('placements.previewDrawn', "The shopper's (A without a shopper)"))}
            </SingleSelectOption>
            {module.variants.map((variant) => (
              <SingleSelectOption key={`${index}-${variant.key}`} value={variant.key}>
                {variant.key.toUpperCase()}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      ))}
    </Flex>
  );
};
