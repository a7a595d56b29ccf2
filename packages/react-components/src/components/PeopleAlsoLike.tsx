import { createListComponent } from './createListComponent';

/** For a product page: what people who looked at or bought this product also liked. */
export const PeopleAlsoLike = createListComponent<{ productId: string }>('people-also-like');
