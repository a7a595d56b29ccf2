import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { CheckoutForm } from '../../components/CheckoutForm';
import { getCartItems } from '../../lib/cart/getCartItems';
import { formatPrice } from '../../lib/formatPrice';

export const metadata: Metadata = { title: 'Checkout' };

export default async function CheckoutPage() {
  const items = await getCartItems();
  if (items.length === 0) redirect('/cart');
  const total = items.reduce((sum, item) => sum + item.product.price * item.quantity, 0);
  const currency = items[0]!.product.currency;
  return (
    <div className="mx-auto grid max-w-5xl gap-10 px-4 py-8 sm:px-6 md:grid-cols-[1fr_20rem]">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Checkout</h1>
        <div className="mt-6">
          <CheckoutForm />
        </div>
      </div>
      <aside className="h-fit rounded-2xl bg-zinc-50 p-6 ring-1 ring-zinc-200">
        <h2 className="text-lg font-semibold">Your order</h2>
        <ul className="mt-4 grid gap-3 text-sm">
          {items.map(({ product, quantity }) => (
            <li key={product.id} className="flex justify-between gap-3">
              <span className="min-w-0">
                {quantity} × {product.title}
              </span>
              <span className="tabular-nums">{formatPrice(product.price * quantity, product.currency)}</span>
            </li>
          ))}
        </ul>
        <p className="mt-4 flex justify-between border-t border-zinc-200 pt-4 font-semibold">
          <span>Total</span>
          <span className="tabular-nums" data-testid="checkout-total">
            {formatPrice(total, currency)}
          </span>
        </p>
      </aside>
    </div>
  );
}
