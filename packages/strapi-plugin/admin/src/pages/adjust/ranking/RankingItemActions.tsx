import { Flex, IconButton } from '@strapi/design-system';
import { ArrowDown, ArrowUp, EyeStriked, Pin } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../../shared/contracts/lists';
import { pluginMessage } from '../../../pluginMessage';

export interface ProductRuleActions {
  pin: (product: RecommendedProduct) => void;
  exclude: (product: RecommendedProduct) => void;
  boost: (product: RecommendedProduct) => void;
  bury: (product: RecommendedProduct) => void;
}

/** Pin, boost, bury and exclude buttons for one product of the list with the rules. */
export const RankingItemActions = ({
  product,
  actions,
}: {
  product: RecommendedProduct;
  actions: ProductRuleActions;
}) => {
  const { formatMessage } = useIntl();
  const name = product.title;
  return (
    <Flex gap={1} flex="0 0 auto">
      <IconButton
        variant="ghost"
        label={formatMessage(pluginMessage('ranking.pin', 'Pin {name} to the top'), { name })}
        onClick={() => actions.pin(product)}
      >
        <Pin />
      </IconButton>
      <IconButton
        variant="ghost"
        label={formatMessage(pluginMessage('ranking.boost', 'Boost {name}'), { name })}
        onClick={() => actions.boost(product)}
      >
        <ArrowUp />
      </IconButton>
      <IconButton
        variant="ghost"
        label={formatMessage(pluginMessage('ranking.bury', 'Bury {name}'), { name })}
        onClick={() => actions.bury(product)}
      >
        <ArrowDown />
      </IconButton>
      <IconButton
        variant="ghost"
        label={formatMessage(pluginMessage('ranking.exclude', 'Exclude {name}'), { name })}
        onClick={() => actions.exclude(product)}
      >
        <EyeStriked />
      </IconButton>
    </Flex>
  );
};
