import { cache } from 'react';

import { fetchCms } from '../cms/fetchCms';
import type { StrapiCategory, StrapiCollection } from '../cms/strapiTypes';
import type { Category } from '../types';

/** A category by slug, with its parent and sub-categories; null when there is none. */
export const getCategory = cache(async function getCategory(slug: string): Promise<Category | null> {
  const params = new URLSearchParams({
    'filters[slug][$eq]': slug,
    'fields[0]': 'name',
    'fields[1]': 'slug',
    'populate[parent][fields][0]': 'name',
    'populate[parent][fields][1]': 'slug',
    'populate[children][fields][0]': 'name',
    'populate[children][fields][1]': 'slug',
    'populate[children][sort][0]': 'name',
  });
  const { data } = await fetchCms<StrapiCollection<StrapiCategory>>('/api/categories', params);
  const category = data[0];
  if (!category) return null;
  return {
    slug: category.slug,
    name: category.name,
    parent: category.parent ? { slug: category.parent.slug, name: category.parent.name } : null,
    children: (category.children ?? []).map(({ slug, name }) => ({ slug, name })),
  };
});
