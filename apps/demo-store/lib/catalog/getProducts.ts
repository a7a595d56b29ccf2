import { fetchCms } from '../cms/fetchCms';
import { productQuery } from '../cms/productQuery';
import type { StrapiCollection, StrapiProduct } from '../cms/strapiTypes';
import { toProduct } from '../cms/toProduct';
import type { ProductPage } from '../types';

export interface ProductFilter {
  /** A category's slug: its own products and those of its sub-categories. */
  category?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
  sort?: 'title' | 'price-asc' | 'price-desc' | 'newest';
}

const SORTS = {
  title: 'title',
  'price-asc': 'price:asc',
  'price-desc': 'price:desc',
  newest: 'launchDate:desc',
};

/** One page of the catalog, optionally of one category (with its sub-categories). */
export async function getProducts(filter: ProductFilter = {}): Promise<ProductPage> {
  const params = productQuery();
  params.set('pagination[page]', String(filter.page ?? 1));
  params.set('pagination[pageSize]', String(filter.pageSize ?? 24));
  params.set('sort[0]', SORTS[filter.sort ?? 'title']);
  if (filter.category !== undefined) {
    params.set('filters[$or][0][category][slug][$eq]', filter.category);
    params.set('filters[$or][1][category][parent][slug][$eq]', filter.category);
  }
  const { data, meta } = await fetchCms<StrapiCollection<StrapiProduct>>('/api/products', params);
  return {
    products: data.map(toProduct),
    page: meta.pagination.page,
    pageCount: meta.pagination.pageCount,
    total: meta.pagination.total,
  };
}
