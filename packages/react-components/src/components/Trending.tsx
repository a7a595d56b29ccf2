import { createListComponent } from './createListComponent';

/** Products selling more than usual lately (optionally of one category). */
export const Trending = createListComponent<{ category?: string }>('trending');
