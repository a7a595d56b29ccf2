import type { CatalogFacets } from '../../../../../shared/contracts/products';
import type { DraftRules } from '../draftRules';

/** What every group of the rules panel gets: the draft, a way to patch it, and the names to show. */
export interface RuleEditorProps {
  draft: DraftRules;
  set: (patch: Partial<DraftRules>) => void;
  facets: CatalogFacets | undefined;
  titles: ReadonlyMap<string, string>;
}
