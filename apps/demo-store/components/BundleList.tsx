'use client';

import type { FrequentlyBoughtTogetherProps } from '@aisle/react';
import { FrequentlyBoughtTogether } from '@aisle/react';
import { useTransition } from 'react';

import { addToCart } from '../lib/cart/addToCart';
import { BUNDLE_CLASS_NAME } from './bundleClassName';

/**
 * Frequently bought together with "Add all to cart" wired to the store's cart (the component tracks the add to
 * cart events itself). For a product page give `productId`, for the cart give `basket`.
 */
export function BundleList(props: Omit<FrequentlyBoughtTogetherProps, 'onAddToCart'>) {
  const [pending, startTransition] = useTransition();
  return (
    <FrequentlyBoughtTogether
      layout="grid"
      labels={{ add: pending ? 'Adding…' : 'Add all to cart' }}
      className={BUNDLE_CLASS_NAME}
      {...props}
      onAddToCart={(products) => startTransition(() => addToCart(products.map((product) => product.id)))}
    />
  );
}
