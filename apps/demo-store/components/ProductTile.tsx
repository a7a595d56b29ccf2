import Image from 'next/image';
import Link from 'next/link';

import { formatPrice } from '../lib/formatPrice';
import type { Product } from '../lib/types';

/** A product in the category grid: the same boxes as the lists' cards, so the pages look like one shop. */
export function ProductTile({ product, eager = false }: { product: Product; eager?: boolean }) {
  return (
    <Link href={`/products/${encodeURIComponent(product.id)}`} className="group flex flex-col gap-1">
      <span className="block aspect-square overflow-hidden rounded-xl bg-zinc-100">
        {product.image && (
          <Image
            src={product.image.url}
            alt=""
            width={product.image.width}
            height={product.image.height}
            loading={eager ? 'eager' : 'lazy'}
            className="size-full object-cover transition-transform group-hover:scale-[1.03]"
          />
        )}
      </span>
      <span className="mt-1 line-clamp-2 min-h-10 text-sm group-hover:underline">{product.title}</span>
      <span className="text-sm font-semibold">{formatPrice(product.price, product.currency)}</span>
      {!product.inStock && <span className="text-xs text-red-700">Out of stock</span>}
    </Link>
  );
}
