import { createListComponent } from './createListComponent';

/** Products like this one, from the catalog's text (works for brand-new products). */
export const SimilarProducts = createListComponent<{ productId: string }>('similar');
