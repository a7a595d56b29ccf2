import { cache } from 'react';

import { fetchCms } from '../cms/fetchCms';
import type { StrapiCategory, StrapiCollection } from '../cms/strapiTypes';
import type { Category } from '../types';

/** The top of the category tree (departments, each with its sub-categories), by name. */
export const getDepartments = cache(async function getDepartments(): Promise<Category[]> {
  const params = new URLSearchParams({
    'filters[parent][id][$null]': 'true',
    'fields[0]': 'name',
    'fields[1]': 'slug',
    'populate[children][fields][0]': 'name',
    'populate[children][fields][1]': 'slug',
    'populate[children][sort][0]': 'name',
    'sort[0]': 'name',
    'pagination[pageSize]': '100',
  });
  const { data } = await fetchCms<StrapiCollection<StrapiCategory>>('/api/categories', params);
  return data.map((department) => ({
    slug: department.slug,
    name: department.name,
    parent: null,
    children: (department.children ?? []).map(({ slug, name }) => ({ slug, name })),
  }));
});
