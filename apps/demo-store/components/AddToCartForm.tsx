'use client';

import { useTracking } from '@aisle/react';
import { useState, useTransition } from 'react';

import { addToCart } from '../lib/cart/addToCart';

/** Quantity and "Add to cart" on the product page: the cart cookie changes on the server, the event goes to the plugin. */
export function AddToCartForm({ productId, disabled }: { productId: string; disabled: boolean }) {
  const { track } = useTracking();
  const [quantity, setQuantity] = useState(1);
  const [added, setAdded] = useState(false);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="flex flex-wrap items-center gap-3"
      action={() =>
        startTransition(async () => {
          await addToCart([productId], quantity);
          track({ type: 'add_to_cart', productId, quantity });
          setAdded(true);
        })
      }
    >
      <label className="sr-only" htmlFor="quantity">
        Quantity
      </label>
      <select
        id="quantity"
        value={quantity}
        onChange={(event) => setQuantity(Number(event.target.value))}
        className="h-12 rounded-full border border-zinc-300 bg-white px-4 text-base"
      >
        {Array.from({ length: 10 }, (_, index) => (
          <option key={index} value={index + 1}>
            {index + 1}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={disabled || pending}
        className="h-12 min-w-44 flex-1 rounded-full bg-brand-700 px-6 text-base font-semibold text-white hover:bg-brand-600 disabled:cursor-not-allowed disabled:opacity-50 sm:flex-none"
      >
        {disabled ? 'Out of stock' : pending ? 'Adding…' : 'Add to cart'}
      </button>
      <p aria-live="polite" className="min-h-6 w-full text-sm text-brand-700">
        {added && !pending ? 'Added to your cart.' : ''}
      </p>
    </form>
  );
}
