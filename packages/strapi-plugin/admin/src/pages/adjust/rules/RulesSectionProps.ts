import type { ProductMatch } from '@aisle/engine';

import type { RecommendedProduct } from '../../../../../shared/contracts/lists';
import type { DraftRules } from '../draftRules';

/** What each section of the rules editor works on: the draft, how to change it, and what it shows. */
export interface RulesSectionProps {
  draft: DraftRules;
  /** Changes some fields of the draft. */
  set: (patch: Partial<DraftRules>) => void;
  /** The catalog's categories, brands or tags, for the pickers. */
  optionsOf: (kind: 'category' | 'brand' | 'tag') => string[];
  /** Titles of the products the rules name, by id. */
  titles: ReadonlyMap<string, string>;
  /** Remembers a product's title for the rules that name it. */
  onProduct: (product: RecommendedProduct) => void;
  /** A product match in words ("brand Peak"). */
  describe: (match: ProductMatch) => string;
}
