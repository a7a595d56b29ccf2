import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { DataHealth } from '../../../../shared/contracts/health';
import { Meter } from '../../components/Meter';
import { pluginMessage } from '../../pluginMessage';

/** The share of the catalog that shoppers have interacted with: what the behaviour-based lists can draw on. */
export const ProductsWithActivity = ({ products }: { products: DataHealth['products'] }) => {
  const { formatMessage, formatNumber } = useIntl();
  const share = products.total === 0 ? 0 : (products.withSignal / products.total) * 100;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography fontWeight="semiBold">
        {formatMessage(
          pluginMessage(
            'model.signal',
            '{withSignal} of {total} products ({share} %) have shopper activity; {withoutSignal} have none yet.',
          ),
          {
            withSignal: formatNumber(products.withSignal),
            total: formatNumber(products.total),
            withoutSignal: formatNumber(products.withoutSignal),
            share: formatNumber(share, { maximumFractionDigits: 1 }),
          },
        )}
      </Typography>
      <Box maxWidth="60rem">
        <Meter
          value={share}
          color="success500"
          label={formatMessage(pluginMessage('model.signalLabel', 'Share of products with shopper activity'))}
        />
      </Box>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          pluginMessage(
            'model.signalHint',
            'Products without activity are still recommended by category, brand and tags (similar products) and as new arrivals.',
          ),
        )}
      </Typography>
    </Flex>
  );
};
