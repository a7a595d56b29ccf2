import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import { pluginMessage } from '../pluginMessage';
import { formatPrice } from '../utils/formatPrice';
import { StatusBadge } from './StatusBadge';

/** A product as a merchandiser recognises it: thumbnail, title, id, price and whether shoppers can buy it. */
export const ProductSummary = ({ product }: { product: RecommendedProduct }) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={3} alignItems="center" minWidth={0}>
      <Box
        width="4rem"
        height="4rem"
        flex="0 0 4rem"
        hasRadius
        overflow="hidden"
        background="neutral150"
        aria-hidden
      >
        {product.image && (
          <img
            src={product.image.url}
            alt=""
            width={40}
            height={40}
            loading="lazy"
            style={{ width: '100%', height: '100%', objectFit: 'cover' }}
          />
        )}
      </Box>
      <Flex direction="column" alignItems="stretch" minWidth={0} flex="1" gap={1}>
        <Typography fontWeight="semiBold" ellipsis>
          {product.title}
        </Typography>
        <Flex gap={2} wrap="wrap">
          {product.price !== undefined && (
            <Typography variant="pi" textColor="neutral800">
              {formatPrice(product.price, product.currency)}
            </Typography>
          )}
          <Typography variant="pi" textColor="neutral600">
            {product.id}
          </Typography>
          <StatusBadge variant={product.available ? 'success' : 'danger'} size="XS">
            {product.available
              ? formatMessage(pluginMessage('product.available', 'In stock'))
              : formatMessage(pluginMessage('product.unavailable', 'Out of stock'))}
          </StatusBadge>
        </Flex>
      </Flex>
    </Flex>
  );
};
