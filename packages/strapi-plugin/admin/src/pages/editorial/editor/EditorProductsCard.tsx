import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { ProductPicker } from '../../../components/ProductPicker';
import { SectionCard } from '../../../components/SectionCard';
import { SortableProductList } from '../../../components/SortableProductList';
import { pluginMessage } from '../../../pluginMessage';
import type { EditorialListEditorState } from './useEditorialListEditor';

const MAX_PRODUCTS = 100;

export type EditorProductsCardProps = Pick<
  EditorialListEditorState,
  'form' | 'set' | 'products' | 'setProducts'
> & {
  readOnly: boolean;
};

/** The products of the list in the order shoppers see them, and a search to add more. */
export const EditorProductsCard = ({
  form,
  set,
  products,
  setProducts,
  readOnly,
}: EditorProductsCardProps) => {
  const { formatMessage } = useIntl();
  return (
    <SectionCard
      title={formatMessage(pluginMessage('editor.products', 'Products ({count})'), {
        count: form.productIds.length,
      })}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        {!readOnly && (
          <ProductPicker
            label={formatMessage(pluginMessage('editor.picker', 'Add products'))}
            actionLabel={formatMessage(pluginMessage('editor.add', 'Add'))}
            pickedIds={form.productIds}
            disabled={form.productIds.length >= MAX_PRODUCTS}
            hint={
              form.productIds.length >= MAX_PRODUCTS
                ? formatMessage(pluginMessage('editor.full', 'A list holds at most 100 products.'))
                : undefined
            }
            onPick={(product) => {
              setProducts((previous) => new Map(previous).set(product.id, product));
              set('productIds', [...form.productIds, product.id]);
            }}
          />
        )}
        {form.productIds.length === 0 ? (
          <Typography textColor="neutral600">
            {formatMessage(
              pluginMessage(
                'editor.noProducts',
                'No products yet: search the catalog above and add them in the order shoppers should see them.',
              ),
            )}
          </Typography>
        ) : (
          <SortableProductList
            ids={form.productIds}
            products={products}
            disabled={readOnly}
            onChange={(ids) => set('productIds', ids)}
          />
        )}
      </Flex>
    </SectionCard>
  );
};
