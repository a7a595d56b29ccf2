import { createListComponent } from './createListComponent';

/** What the provider's shopper looked at lately. */
export const RecentlyViewed = createListComponent<{ category?: string }>('recently-viewed');
