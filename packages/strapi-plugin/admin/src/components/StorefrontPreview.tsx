import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Recommendation } from '../../../shared/contracts/lists';
import { pluginMessage } from '../pluginMessage';
import { formatPrice } from '../utils/formatPrice';

// As @aisle/react's ProductCard: merchandising internals are not reasons a shopper reads.
const HIDDEN_REASONS = new Set(['fallback', 'boosted', 'buried']);

export interface StorefrontPreviewProps {
  title: string;
  items: Recommendation[];
  /** Show each item's reason, as the storefront's `showReasons`. */
  showReasons?: boolean;
  /** Said when there is nothing to show. */
  emptyText: string;
}

/**
 * A list as @aisle/react's grid shows it to shoppers (title, then cards of image, title, price and reason), drawn
 * with the admin's design system: the storefront stylesheet cannot be used in the admin, whose global reset
 * (`html { font-size: 62.5% }`, unlayered `* { margin: 0 }`, `button { border: unset }`) overrides its
 * `@layer components` rules.
 */
export const StorefrontPreview = ({
  title,
  items,
  showReasons = true,
  emptyText,
}: StorefrontPreviewProps) => {
  const { formatMessage } = useIntl();
  return (
    <Box
      tag="section"
      aria-label={formatMessage(pluginMessage('preview.label', 'Storefront preview'))}
      background="neutral0"
      padding={4}
      hasRadius
      borderColor="neutral200"
      borderStyle="solid"
      borderWidth="1px"
    >
      <Typography tag="h3" variant="beta" style={{ display: 'block', marginBottom: '1.2rem' }}>
        {title}
      </Typography>
      {items.length === 0 ? (
        <Typography textColor="neutral600">{emptyText}</Typography>
      ) : (
        <Grid.Root gap={4} tag="ol">
          {items.map((item) => {
            const reason = item.reasons.find((entry) => !HIDDEN_REASONS.has(entry.kind))?.text;
            return (
              <Grid.Item
                key={item.product.id}
                col={3}
                s={6}
                xs={12}
                tag="li"
                direction="column"
                alignItems="stretch"
              >
                <Flex direction="column" alignItems="stretch" gap={1} data-testid="preview-card">
                  <Box
                    hasRadius
                    overflow="hidden"
                    background="neutral150"
                    style={{ aspectRatio: '1 / 1' }}
                    borderColor="neutral200"
                    borderStyle="solid"
                    borderWidth="1px"
                  >
                    {item.product.image && (
                      <img
                        src={item.product.image.url}
                        alt=""
                        loading="lazy"
                        style={{ width: '100%', height: '100%', objectFit: 'cover' }}
                      />
                    )}
                  </Box>
                  <Typography fontWeight="semiBold">{item.product.title}</Typography>
                  {item.product.price !== undefined && (
                    <Typography textColor="neutral800">
                      {formatPrice(item.product.price, item.product.currency)}
                    </Typography>
                  )}
                  {showReasons && reason && (
                    <Typography variant="pi" textColor="neutral600">
                      {reason}
                    </Typography>
                  )}
                </Flex>
              </Grid.Item>
            );
          })}
        </Grid.Root>
      )}
    </Box>
  );
};
