import { createListComponent } from './createListComponent';

/** The newest products (optionally of one category). */
export const NewArrivals = createListComponent<{ category?: string }>('new');
