import { Placement } from '@aisle/react/placement';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { ProductTile } from '../../../components/ProductTile';
import { StoreRecommendations } from '../../../components/StoreRecommendations';
import { getCategory } from '../../../lib/catalog/getCategory';
import type { ProductFilter } from '../../../lib/catalog/getProducts';
import { getProducts } from '../../../lib/catalog/getProducts';
import { PREFETCHED_LIST_OPTIONS } from '../../../lib/recommendations/prefetchedListOptions';
import { prefetchLists } from '../../../lib/recommendations/prefetchLists';
import { getShopper } from '../../../lib/shopper/getShopper';

// The category page's slot: merchandisers compose it in the CMS (the seed: what is trending in the category).
const SLOT = 'category';
const SORTS: { value: NonNullable<ProductFilter['sort']>; label: string }[] = [
  { value: 'title', label: 'Name' },
  { value: 'price-asc', label: 'Price, low to high' },
  { value: 'price-desc', label: 'Price, high to low' },
  { value: 'newest', label: 'Newest' },
];

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: string; sort?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategory((await params).slug);
  return category ? { title: category.name } : {};
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const page = Math.max(1, Math.floor(Number(query.page)) || 1);
  const sort = SORTS.find((option) => option.value === query.sort)?.value ?? 'title';
  const shopper = await getShopper();
  const category = await getCategory(slug);
  if (!category) notFound();
  // The engine knows categories by name, at any level of the tree.
  const [products, fallback] = await Promise.all([
    getProducts({ category: slug, page, sort }),
    prefetchLists(shopper, [], [], [{ slot: SLOT, category: category.name }]),
  ]);
  const href = (next: { page?: number; sort?: string }) => {
    const search = new URLSearchParams();
    if ((next.sort ?? sort) !== 'title') search.set('sort', next.sort ?? sort);
    if ((next.page ?? 1) > 1) search.set('page', String(next.page));
    return `/categories/${slug}${search.size ? `?${search}` : ''}`;
  };

  return (
    <StoreRecommendations shopper={shopper} fallback={fallback}>
      <div className="mx-auto max-w-7xl px-4 pt-4 sm:px-6">
        <Breadcrumbs
          trail={
            category.parent
              ? [{ href: `/categories/${category.parent.slug}`, label: category.parent.name }]
              : []
          }
          current={category.name}
        />
        <h1 className="mt-3 text-3xl font-bold tracking-tight">{category.name}</h1>
        {category.children.length > 0 && (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label="Sub-categories">
            {category.children.map((child) => (
              <li key={child.slug}>
                <Link
                  href={`/categories/${child.slug}`}
                  className="block rounded-full border border-zinc-300 px-3 py-1.5 text-sm hover:border-brand-600 hover:text-brand-700"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="mx-auto flex max-w-7xl flex-col gap-12 px-4 py-6 empty:hidden sm:px-6">
        <Placement slot={SLOT} category={category.name} options={PREFETCHED_LIST_OPTIONS} />
      </div>
      <section aria-labelledby="all-products" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="all-products" className="text-xl font-semibold">
            All {category.name.toLowerCase()}{' '}
            <span className="text-base font-normal text-zinc-500">({products.total})</span>
          </h2>
          <nav aria-label="Sort" className="flex flex-wrap gap-1 text-sm">
            {SORTS.map((option) => (
              <Link
                key={option.value}
                href={href({ sort: option.value })}
                aria-current={option.value === sort ? 'true' : undefined}
                className="rounded-full px-3 py-1.5 text-zinc-600 hover:bg-zinc-100 aria-[current]:bg-zinc-900 aria-[current]:text-white"
              >
                {option.label}
              </Link>
            ))}
          </nav>
        </div>
        <ul
          className="mt-4 grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6"
          data-testid="product-grid"
        >
          {products.products.map((product, index) => (
            <li key={product.id}>
              <ProductTile product={product} eager={index < 6} />
            </li>
          ))}
        </ul>
        {products.pageCount > 1 && (
          <nav aria-label="Pages" className="mt-8 flex items-center justify-center gap-2 text-sm">
            {page > 1 && (
              <Link
                href={href({ page: page - 1 })}
                className="rounded-full border border-zinc-300 px-4 py-2 hover:bg-zinc-100"
              >
                Previous
              </Link>
            )}
            <span className="px-2 text-zinc-600">
              Page {page} of {products.pageCount}
            </span>
            {page < products.pageCount && (
              <Link
                href={href({ page: page + 1 })}
                className="rounded-full border border-zinc-300 px-4 py-2 hover:bg-zinc-100"
              >
                Next
              </Link>
            )}
          </nav>
        )}
      </section>
    </StoreRecommendations>
  );
}
