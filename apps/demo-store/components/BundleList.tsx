'use client';

import type { FrequentlyBoughtTogetherProps } from '@aisle/react';
import { FrequentlyBoughtTogether } from '@aisle/react';
import { useTransition } from 'react';

import { addToCart } from '../lib/cart/addToCart';

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
      className="rounded-2xl border border-zinc-200 p-4 [--aisle-item-width:6rem] sm:p-6 sm:[--aisle-item-width:10rem]"
      {...props}
      onAddToCart={(products) => startTransition(() => addToCart(products.map((product) => product.id)))}
    />
  );
}
