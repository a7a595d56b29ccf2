import type { ListComponentProps, ListName } from '../types';
import { RecommendationList } from './RecommendationList';

/** The request fields a named list component takes as props, besides `limit` and `exclude`. */
export interface SeedProps {
  productId?: string;
  basket?: string[];
  category?: string;
}

/** A named list component (`Trending`, ...): `RecommendationList` with the list filled in. */
export function createListComponent<P extends SeedProps>(list: ListName) {
  return function ListComponent({
    productId,
    basket,
    category,
    limit,
    exclude,
    ...props
  }: ListComponentProps & P) {
    return <RecommendationList request={{ list, productId, basket, category, limit, exclude }} {...props} />;
  };
}
