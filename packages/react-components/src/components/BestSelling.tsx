import { createListComponent } from './createListComponent';

/** The best sellers of the last days (optionally of one category). */
export const BestSelling = createListComponent<{ category?: string }>('best-selling');
