import { Box, Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

import type { RecommendedProduct } from '../../../../../shared/contracts/lists';
import { ProductSummary } from '../../../components/ProductSummary';

/** One product of a ranked column: its position, the product, details under it, and actions on the right. */
export const RankingRow = ({
  position,
  product,
  actions,
  children,
}: {
  position: number;
  product: RecommendedProduct;
  actions?: ReactNode;
  children: ReactNode;
}) => (
  <Box
    tag="li"
    paddingTop={2}
    paddingBottom={2}
    borderColor="neutral150"
    borderStyle="solid"
    borderWidth="0 0 1px 0"
  >
    <Flex gap={3} justifyContent="space-between" alignItems="flex-start">
      <Flex gap={3} alignItems="flex-start" minWidth={0} flex="1">
        <Typography fontWeight="bold" textColor="neutral600" style={{ minWidth: '2ch', paddingTop: '1rem' }}>
          {position}
        </Typography>
        {/* Stretched, not sized to their content: a long title is cut with an ellipsis instead of overflowing. */}
        <Flex direction="column" alignItems="stretch" gap={1} minWidth={0} flex="1">
          <ProductSummary product={product} />
          {children}
        </Flex>
      </Flex>
      {actions}
    </Flex>
  </Box>
);
