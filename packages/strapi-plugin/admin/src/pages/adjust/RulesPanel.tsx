import type { ProductMatch } from '@aisle/engine';
import { Field, Flex, TextInput } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../shared/contracts/lists';
import type { CatalogFacets } from '../../../../shared/contracts/products';
import { pluginMessage } from '../../pluginMessage';
import { describeMatch } from './describeMatch';
import { AdjustmentsSection } from './rules/AdjustmentsSection';
import { FiltersSection } from './rules/FiltersSection';
import { PinsSection } from './rules/PinsSection';
import { ScopeSection } from './rules/ScopeSection';
import type { DraftRules, ScopeKind } from './draftRules';

export interface RulesPanelProps {
  draft: DraftRules;
  onChange: (draft: DraftRules) => void;
  facets: CatalogFacets | undefined;
  titles: ReadonlyMap<string, string>;
  /** Remembers a product's title for the rules that name it. */
  onProduct: (product: RecommendedProduct) => void;
  /** The product of the preview's context: the default of a product scope. */
  contextProduct: RecommendedProduct | null;
}

/** The rules of the rule set being edited: where it applies, pins, exclusions, boosts and buries, filters. */
export const RulesPanel = ({
  draft,
  onChange,
  facets,
  titles,
  onProduct,
  contextProduct,
}: RulesPanelProps) => {
  const { formatMessage } = useIntl();
  const set = (patch: Partial<DraftRules>) => onChange({ ...draft, ...patch });
  const describe = (match: ProductMatch) => describeMatch(formatMessage, match, titles);

  const optionsOf = (kind: 'category' | 'brand' | 'tag') =>
    kind === 'category'
      ? (facets?.categories ?? [])
      : kind === 'brand'
        ? (facets?.brands ?? [])
        : (facets?.tags ?? []);

  const setScope = (kind: ScopeKind) => {
    if (kind === 'product') {
      if (contextProduct) onProduct(contextProduct);
      set({ scope: { kind, productId: draft.scope.productId ?? contextProduct?.id } });
    } else if (kind === 'category') {
      set({ scope: { kind, category: draft.scope.category ?? contextProduct?.category?.at(-1) } });
    } else {
      set({ scope: { kind } });
    }
  };

  const sections = { draft, set, optionsOf, titles, onProduct, describe };

  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Field.Root
        name="rule-set-name"
        hint={formatMessage(pluginMessage('rules.nameHint', 'For your team, e.g. “Winter tents push”.'))}
      >
        <Field.Label>{formatMessage(pluginMessage('rules.name', 'Name'))}</Field.Label>
        <TextInput
          value={draft.name}
          maxLength={200}
          onChange={(event: ChangeEvent<HTMLInputElement>) => set({ name: event.target.value })}
        />
        <Field.Hint />
      </Field.Root>

      <ScopeSection {...sections} setScope={setScope} />
      <PinsSection {...sections} />
      <AdjustmentsSection {...sections} />
      <FiltersSection {...sections} />
    </Flex>
  );
};
