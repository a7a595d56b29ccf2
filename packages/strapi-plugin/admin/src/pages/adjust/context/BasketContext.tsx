import { Flex, IconButton } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../../shared/contracts/lists';
import { ProductPicker } from '../../../components/ProductPicker';
import { ProductSummary } from '../../../components/ProductSummary';
import { pluginMessage } from '../../../pluginMessage';

export interface BasketContextProps {
  basket: RecommendedProduct[];
  onChange: (basket: RecommendedProduct[]) => void;
}

/** The products of a sample basket, each removable, and a picker to add more (one already in it is not offered). */
export const BasketContext = ({ basket, onChange }: BasketContextProps) => {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {basket.map((product) => (
        <Flex key={product.id} justifyContent="space-between" gap={3}>
          <ProductSummary product={product} />
          <IconButton
            variant="ghost"
            label={formatMessage(pluginMessage('context.removeFromBasket', 'Take {name} out of the basket'), {
              name: product.title,
            })}
            onClick={() => onChange(basket.filter((entry) => entry.id !== product.id))}
          >
            <Cross />
          </IconButton>
        </Flex>
      ))}
      <ProductPicker
        label={formatMessage(pluginMessage('context.addToBasket', 'Products in the basket'))}
        actionLabel={formatMessage(pluginMessage('context.add', 'Add'))}
        pickedIds={basket.map((product) => product.id)}
        onPick={(product) => onChange([...basket, product])}
      />
    </Flex>
  );
};
