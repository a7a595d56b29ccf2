import { Field, Flex, TextInput } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../shared/contracts/lists';
import type { CatalogFacets } from '../../../../shared/contracts/products';
import { pluginMessage } from '../../pluginMessage';
import type { DraftRules } from './draftRules';
import { AdjustmentRules } from './rules/AdjustmentRules';
import { FilterRules } from './rules/FilterRules';
import { PinRules } from './rules/PinRules';
import { ScopeRules } from './rules/ScopeRules';

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
  const editor = { draft, set, facets, titles };

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
      <ScopeRules {...editor} onProduct={onProduct} contextProduct={contextProduct} />
      <PinRules {...editor} onProduct={onProduct} />
      <AdjustmentRules {...editor} />
      <FilterRules {...editor} />
    </Flex>
  );
};
