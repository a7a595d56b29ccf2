import type { RecommendedProduct } from '../../../../../shared/contracts/lists';
import type { ContextKind } from '../draftRules';

/** Where the previewed list is shown: what the storefront would send with its request. */
export interface PreviewContext {
  kind: ContextKind;
  product: RecommendedProduct | null;
  basket: RecommendedProduct[];
  category: string;
  /** A user id or a session id, as the storefront sends it. */
  shopper: string;
}

export const EMPTY_CONTEXT: PreviewContext = {
  kind: 'none',
  product: null,
  basket: [],
  category: '',
  shopper: '',
};
