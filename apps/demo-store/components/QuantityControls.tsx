import { setCartQuantity } from '../lib/cart/setCartQuantity';

/** Minus, quantity, plus and remove for a cart line: plain forms with Server Actions, so they work before hydration. */
export function QuantityControls({
  productId,
  quantity,
  title,
}: {
  productId: string;
  quantity: number;
  title: string;
}) {
  const button =
    'grid size-9 place-items-center rounded-full border border-zinc-300 text-lg hover:bg-zinc-100 disabled:opacity-40';
  return (
    <div className="flex items-center gap-2">
      <form action={setCartQuantity.bind(null, productId, quantity - 1)}>
        <button type="submit" className={button} aria-label={`One less ${title}`}>
          −
        </button>
      </form>
      <span className="min-w-6 text-center tabular-nums" data-testid="line-quantity">
        {quantity}
      </span>
      <form action={setCartQuantity.bind(null, productId, Math.min(quantity + 1, 99))}>
        <button type="submit" className={button} aria-label={`One more ${title}`} disabled={quantity >= 99}>
          +
        </button>
      </form>
      <form action={setCartQuantity.bind(null, productId, 0)} className="ml-2">
        <button type="submit" className="text-sm text-zinc-500 underline hover:text-zinc-900">
          Remove<span className="sr-only"> {title}</span>
        </button>
      </form>
    </div>
  );
}
