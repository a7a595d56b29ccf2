import { useState } from 'react';

import { useRecommendationsContext } from '../context/useRecommendationsContext';
import { useRecommendations } from '../hooks/useRecommendations';
import type { ListComponentProps, RecommendedProduct } from '../types';
import { ListView } from './ListView';

export type FrequentlyBoughtTogetherProps = ListComponentProps & {
  /** The product of the page; or give `basket`. */
  productId?: string;
  /** The product ids in the cart: recommendations for the whole basket. */
  basket?: string[];
  /** The selected products' ids (controlled); uncontrolled, every item starts selected. */
  selected?: string[];
  onSelectedChange?: (productIds: string[]) => void;
  /** Called by "Add all to cart" with the selected products (each is tracked as an add to cart). */
  onAddToCart?: (products: RecommendedProduct[]) => void;
};

/** Products bought with a product or a basket, each with a checkbox, the selection's total and one button to add it. */
export function FrequentlyBoughtTogether({
  productId,
  basket,
  limit,
  exclude,
  options,
  selected,
  onSelectedChange,
  onAddToCart,
  ...props
}: FrequentlyBoughtTogetherProps) {
  const list = 'frequently-bought-together';
  const { data, error, mutate } = useRecommendations({ list, productId, basket, limit, exclude }, options);
  const { formatPrice, track } = useRecommendationsContext();
  const [own, setOwn] = useState<string[]>();
  const items = data?.data;
  const chosen = selected ?? own ?? items?.map((item) => item.product.id) ?? [];
  const products = items?.map((item) => item.product).filter((product) => chosen.includes(product.id)) ?? [];
  const choose = (ids: string[]) => {
    setOwn(ids);
    onSelectedChange?.(ids);
  };

  return (
    <ListView
      list={list}
      items={items}
      error={error}
      retry={() => mutate()}
      skeletonCount={limit}
      extra={({ product: { id, title } }, slot) => (
        <input
          {...slot('select')}
          type="checkbox"
          aria-label={title}
          checked={chosen.includes(id)}
          onChange={(event) =>
            choose(event.target.checked ? [...chosen, id] : chosen.filter((other) => other !== id))
          }
        />
      )}
      footer={(slot, text) => (
        <div {...slot('footer')}>
          <output {...slot('total')}>
            {text.total}:{' '}
            {formatPrice(
              products.reduce((sum, product) => sum + (product.price ?? 0), 0),
              items?.[0]?.product.currency,
            )}
          </output>
          <button
            {...slot('add')}
            type="button"
            disabled={!products.length}
            onClick={() => {
              for (const product of products) track({ type: 'add_to_cart', productId: product.id, list });
              onAddToCart?.(products);
            }}
          >
            {text.add}
          </button>
        </div>
      )}
      {...props}
    />
  );
}
