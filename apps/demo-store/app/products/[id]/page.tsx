import { PeopleAlsoLike, SimilarProducts } from '@aisle/react';
import type { ListRequest } from '@aisle/react/server';
import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';

import { AddToCartForm } from '../../../components/AddToCartForm';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { BundleList } from '../../../components/BundleList';
import { Section } from '../../../components/Section';
import { StoreRecommendations } from '../../../components/StoreRecommendations';
import { TrackView } from '../../../components/TrackView';
import { getProduct } from '../../../lib/catalog/getProduct';
import { formatPrice } from '../../../lib/formatPrice';
import { PREFETCHED_LIST_OPTIONS } from '../../../lib/recommendations/prefetchedListOptions';
import { prefetchLists } from '../../../lib/recommendations/prefetchLists';
import { getSessionId } from '../../../lib/session/getSessionId';

const BUNDLE_LIMIT = 3;
const LIST_LIMIT = 12;
const LIST_HEIGHT = '20rem';

function listsFor(productId: string): ListRequest[] {
  return [
    { list: 'frequently-bought-together', productId, limit: BUNDLE_LIMIT },
    { list: 'people-also-like', productId, limit: LIST_LIMIT },
    { list: 'similar', productId, limit: LIST_LIMIT },
  ];
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const product = await getProduct(decodeURIComponent((await params).id));
  return product ? { title: product.title, description: product.description.slice(0, 160) } : {};
}

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const sessionId = await getSessionId();
  const [product, fallback] = await Promise.all([getProduct(id), prefetchLists(sessionId, listsFor(id))]);
  if (!product) notFound();
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
    <StoreRecommendations sessionId={sessionId} fallback={fallback}>
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
      <Section>
        <BundleList
          options={PREFETCHED_LIST_OPTIONS}
          productId={product.id}
          limit={BUNDLE_LIMIT}
          title="Frequently bought together"
          data-testid="list-frequently-bought-together"
        />
      </Section>
      <Section minHeight={LIST_HEIGHT}>
        <PeopleAlsoLike
          options={PREFETCHED_LIST_OPTIONS}
          productId={product.id}
          limit={LIST_LIMIT}
          title="People also like"
          data-testid="list-people-also-like"
        />
      </Section>
      <Section minHeight={LIST_HEIGHT}>
        <SimilarProducts
          options={PREFETCHED_LIST_OPTIONS}
          productId={product.id}
          limit={LIST_LIMIT}
          data-testid="list-similar"
        />
      </Section>
    </StoreRecommendations>
  );
}
