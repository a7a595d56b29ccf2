import type { CatalogFacets } from '../../../../../shared/contracts/products';

/** The values of one catalog attribute that rules can name; none while the facets load. */
export const facetOptions = (
  facets: CatalogFacets | undefined,
  kind: 'category' | 'brand' | 'tag',
): string[] =>
  kind === 'category'
    ? (facets?.categories ?? [])
    : kind === 'brand'
      ? (facets?.brands ?? [])
      : (facets?.tags ?? []);
