import { Button, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../../shared/contracts/lists';
import { ProductPicker } from '../../../components/ProductPicker';
import { ProductSummary } from '../../../components/ProductSummary';
import { pluginMessage } from '../../../pluginMessage';

export interface ProductPageContextProps {
  product: RecommendedProduct | null;
  onChange: (product: RecommendedProduct | null) => void;
}

/** The product whose page shows the list: a picker until one is chosen, then the product and a way to change it. */
export const ProductPageContext = ({ product, onChange }: ProductPageContextProps) => {
  const { formatMessage } = useIntl();
  if (product)
    return (
      <Flex justifyContent="space-between" gap={3}>
        <ProductSummary product={product} />
        <Button variant="tertiary" onClick={() => onChange(null)}>
          {formatMessage(pluginMessage('context.changeProduct', 'Choose another product'))}
        </Button>
      </Flex>
    );
  return (
    <ProductPicker
      label={formatMessage(pluginMessage('context.pickProduct', 'Product page of'))}
      actionLabel={formatMessage(pluginMessage('context.choose', 'Choose'))}
      onPick={onChange}
    />
  );
};
