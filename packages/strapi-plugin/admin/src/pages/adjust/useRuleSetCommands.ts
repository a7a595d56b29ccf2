import type { ListName } from '@aisle/engine';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../../shared/contracts/lists';
import type { StoredRuleSet } from '../../../../shared/contracts/rule-sets';
import { productsApi } from '../../api/productsApi';
import { ruleSetsApi } from '../../api/ruleSetsApi';
import { pluginMessage } from '../../pluginMessage';
import { errorMessage } from '../../utils/errorMessage';
import type { PreviewContext } from './context/previewContext';
import type { DraftRules } from './draftRules';
import { EMPTY_DRAFT, fromStored, productIdsOf, toRuleSetInput } from './draftRules';

export interface RuleSetCommandsInput {
  list: ListName;
  setList: (list: ListName) => void;
  context: PreviewContext;
  setContext: (context: PreviewContext) => void;
  draft: DraftRules;
  setDraft: (draft: DraftRules) => void;
  remember: (products: RecommendedProduct[]) => void;
  reloadRuleSets: () => void;
}

/** Editing a saved rule set (previewed where it applies), deleting one, and saving the draft; errors notify. */
export function useRuleSetCommands(input: RuleSetCommandsInput) {
  const { list, setList, context, setContext, draft, setDraft, remember, reloadRuleSets } = input;
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const [saving, setSaving] = useState(false);
  const notifyError = (error: unknown) =>
    toggleNotification({ type: 'danger', message: errorMessage(error) });

  const edit = async (ruleSet: StoredRuleSet) => {
    const next = fromStored(ruleSet);
    setDraft(next);
    if (ruleSet.definition.list !== '*') setList(ruleSet.definition.list);
    try {
      const products = (await productsApi.byIds(client, productIdsOf(next))).data;
      remember(products);
      const scoped = products.find((product) => product.id === next.scope.productId);
      if (scoped) setContext({ ...context, kind: 'product', product: scoped });
      else if (next.scope.category)
        setContext({ ...context, kind: 'category', category: next.scope.category });
    } catch (error) {
      notifyError(error);
    }
  };

  const remove = async (ruleSet: StoredRuleSet) => {
    try {
      await ruleSetsApi.remove(client, ruleSet.id);
      if (draft.id === ruleSet.id) setDraft(EMPTY_DRAFT);
      reloadRuleSets();
      toggleNotification({
        type: 'success',
        message: formatMessage(pluginMessage('adjust.deleted', 'The rule set is deleted')),
      });
    } catch (error) {
      notifyError(error);
    }
  };

  const save = async () => {
    setSaving(true);
    try {
      const ruleSetInput = toRuleSetInput(draft, list);
      const saved =
        draft.id === null
          ? await ruleSetsApi.create(client, ruleSetInput)
          : await ruleSetsApi.update(client, draft.id, ruleSetInput);
      setDraft({ ...draft, id: saved.id });
      reloadRuleSets();
      toggleNotification({
        type: 'success',
        message: formatMessage(
          pluginMessage('adjust.saved', 'Saved: shoppers now get this list with these rules'),
        ),
      });
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return { edit, remove, save, saving };
}
