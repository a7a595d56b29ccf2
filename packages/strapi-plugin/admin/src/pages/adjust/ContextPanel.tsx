import type { ListName } from '@aisle/engine';
import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CatalogFacets } from '../../../../shared/contracts/products';
import { pluginMessage } from '../../pluginMessage';
import { BasketContext } from './context/BasketContext';
import { CategoryContext } from './context/CategoryContext';
import { ListAndPlaceSelects } from './context/ListAndPlaceSelects';
import type { PreviewContext } from './context/previewContext';
import { ProductPageContext } from './context/ProductPageContext';
import { ShopperContext } from './context/ShopperContext';

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
  // Each kind keeps its own field, so switching kinds back and forth does not lose what was chosen.
  const set = (patch: Partial<PreviewContext>) => onContextChange({ ...context, ...patch });

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <ListAndPlaceSelects
        list={list}
        onListChange={onListChange}
        kind={context.kind}
        onKindChange={(kind) => set({ kind })}
      />
      {context.kind === 'product' && (
        <ProductPageContext product={context.product} onChange={(product) => set({ product })} />
      )}
      {context.kind === 'basket' && (
        <BasketContext basket={context.basket} onChange={(basket) => set({ basket })} />
      )}
      {context.kind === 'category' && (
        <CategoryContext
          category={context.category}
          categories={facets?.categories}
          onChange={(category) => set({ category })}
        />
      )}
      {context.kind === 'shopper' && (
        <ShopperContext shopper={context.shopper} onChange={(shopper) => set({ shopper })} />
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
