import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';

import { AddToCartForm } from '../../../components/AddToCartForm';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { ProductLists } from '../../../components/ProductLists';
import { ProductListsPlaceholder } from '../../../components/ProductListsPlaceholder';
import { StoreRecommendations } from '../../../components/StoreRecommendations';
import { TrackView } from '../../../components/TrackView';
import { getProduct } from '../../../lib/catalog/getProduct';
import { formatPrice } from '../../../lib/formatPrice';
import { prefetchLists } from '../../../lib/recommendations/prefetchLists';
import { PRODUCT_SLOT, productListRequests } from '../../../lib/recommendations/productListRequests';
import { getShopper } from '../../../lib/shopper/getShopper';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const product = await getProduct(decodeURIComponent((await params).id));
  return product ? { title: product.title, description: product.description.slice(0, 160) } : {};
}

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const shopper = await getShopper();
  // Started before the product is awaited; awaited by <ProductLists>, which streams in after the product.
  const lists = prefetchLists(shopper, productListRequests(id), [], [{ slot: PRODUCT_SLOT, productId: id }]);
  const product = await getProduct(id);
  if (!product) {
    await lists.catch(() => undefined);
    notFound();
  }
  const { category } = product;
  const trail = category
    ? [
        ...(category.parent
          ? [{ href: `/categories/${category.parent.slug}`, label: category.parent.name }]
          : []),
        { href: `/categories/${category.slug}`, label: category.name },
      ]
    : [];

  return (
    <>
      {/* The provider of the product's own events (view, add to cart); the lists have their own. */}
      <StoreRecommendations shopper={shopper}>
        <TrackView productId={product.id} />
        <div className="mx-auto max-w-7xl px-4 pt-4 sm:px-6">
          <Breadcrumbs trail={trail} current={product.title} />
        </div>
        <article className="mx-auto grid max-w-7xl gap-6 px-4 py-6 sm:px-6 md:grid-cols-2 md:gap-10 lg:gap-16">
          <div className="aspect-square overflow-hidden rounded-2xl bg-zinc-100">
            {product.image && (
              <Image
                src={product.image.url}
                alt={product.image.alt}
                width={product.image.width}
                height={product.image.height}
                preload
                fetchPriority="high"
                sizes="(min-width: 768px) 50vw, 100vw"
                className="size-full object-cover"
              />
            )}
          </div>
          <div className="flex flex-col gap-4">
            {product.brand && (
              <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{product.brand}</p>
            )}
            <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{product.title}</h1>
            <p className="text-2xl font-semibold" data-testid="product-price">
              {formatPrice(product.price, product.currency)}
            </p>
            <p className={product.inStock ? 'text-sm text-brand-700' : 'text-sm text-red-700'}>
              {product.inStock ? 'In stock, ships in 1-2 days' : 'Out of stock'}
            </p>
            <AddToCartForm productId={product.id} disabled={!product.inStock} />
            <div className="border-t border-zinc-200 pt-4">
              <h2 className="text-sm font-semibold text-zinc-900">About this product</h2>
              <p className="mt-2 leading-relaxed text-zinc-700">{product.description}</p>
            </div>
            {product.tags.length > 0 && (
              <ul className="flex flex-wrap gap-2" aria-label="Tags">
                {product.tags.map((tag) => (
                  <li key={tag} className="rounded-full bg-zinc-100 px-3 py-1 text-xs text-zinc-700">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </article>
      </StoreRecommendations>
      <Suspense fallback={<ProductListsPlaceholder shopper={shopper} />}>
        <ProductLists productId={product.id} shopper={shopper} lists={lists} />
      </Suspense>
    </>
  );
}
