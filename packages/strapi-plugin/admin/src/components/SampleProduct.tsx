import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import { pluginMessage } from '../pluginMessage';
import { formatPrice } from '../utils/formatPrice';

/** Enough of the description to see that the right field is mapped. */
const DESCRIPTION_CHARACTERS = 160;

/** A product as the mapping reads it: what storefronts will get for it, field by field. */
export const SampleProduct = ({ product }: { product: RecommendedProduct }) => {
  const { formatMessage, formatDate } = useIntl();
  const rows: [string, string | undefined][] = [
    [formatMessage(pluginMessage('sample.id', 'Id')), product.id],
    [
      formatMessage(pluginMessage('sample.price', 'Price')),
      product.price === undefined ? undefined : formatPrice(product.price, product.currency),
    ],
    [formatMessage(pluginMessage('sample.category', 'Category')), product.category?.join(' › ')],
    [formatMessage(pluginMessage('sample.brand', 'Brand')), product.brand],
    [formatMessage(pluginMessage('sample.tags', 'Tags')), product.tags?.join(', ')],
    [
      formatMessage(pluginMessage('sample.launchDate', 'Launch date')),
      product.launchDate === undefined ? undefined : formatDate(product.launchDate, { dateStyle: 'medium' }),
    ],
    [
      formatMessage(pluginMessage('sample.availability', 'Availability')),
      formatMessage(
        product.available
          ? pluginMessage('product.available', 'In stock')
          : pluginMessage('product.unavailable', 'Out of stock'),
      ),
    ],
  ];
  return (
    <Flex
      gap={4}
      alignItems="flex-start"
      aria-label={formatMessage(pluginMessage('sample.label', 'Sample product'))}
      role="group"
    >
      {product.image !== undefined ? (
        <img
          src={product.image.url}
          alt={product.image.alternativeText ?? product.title}
          width={96}
          height={96}
          style={{ objectFit: 'cover', borderRadius: 4, flexShrink: 0 }}
        />
      ) : (
        <Box width="9.6rem" height="9.6rem" background="neutral150" hasRadius shrink={0} />
      )}
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography variant="omega" fontWeight="bold">
          {product.title}
        </Typography>
        {rows.map(([label, value]) => (
          <Typography key={label} variant="pi" textColor={value === undefined ? 'neutral500' : 'neutral800'}>
            {`${label}: ${value ?? formatMessage(pluginMessage('sample.notMapped', 'not mapped'))}`}
          </Typography>
        ))}
        {product.description !== undefined && (
          <Typography variant="pi" textColor="neutral600">
            {product.description.length > DESCRIPTION_CHARACTERS
              ? `${product.description.slice(0, DESCRIPTION_CHARACTERS).trimEnd()}…`
              : product.description}
          </Typography>
        )}
      </Flex>
    </Flex>
  );
};
