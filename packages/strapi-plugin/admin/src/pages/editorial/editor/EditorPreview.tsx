import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Recommendation, RecommendedProduct } from '../../../../../shared/contracts/lists';
import { StorefrontPreview } from '../../../components/StorefrontPreview';
import { pluginMessage } from '../../../pluginMessage';

export interface EditorPreviewProps {
  title: string;
  productIds: string[];
  products: ReadonlyMap<string, RecommendedProduct>;
}

/** The list as shoppers will see it: the storefront leaves out products out of stock or gone, and says so. */
export const EditorPreview = ({ title, productIds, products }: EditorPreviewProps) => {
  const { formatMessage } = useIntl();
  const shown: Recommendation[] = [];
  let hidden = 0;
  for (const productId of productIds) {
    const product = products.get(productId);
    if (product?.available) shown.push({ product, score: 0, reasons: [], source: 'editorial' });
    else hidden += 1;
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="delta" tag="h2">
        {formatMessage(pluginMessage('editor.previewTitle', 'Preview: what shoppers will see'))}
      </Typography>
      {hidden > 0 && (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            pluginMessage(
              'editor.hidden',
              '{count, plural, one {# product is} other {# products are}} out of stock or gone from the catalog: the storefront leaves {count, plural, one {it} other {them}} out.',
            ),
            { count: hidden },
          )}
        </Typography>
      )}
      <StorefrontPreview
        title={title || formatMessage(pluginMessage('editor.untitled', 'Untitled list'))}
        items={shown}
        emptyText={formatMessage(
          pluginMessage('editor.previewEmpty', 'Shoppers would see nothing: add products in stock.'),
        )}
      />
    </Flex>
  );
};
