import type { ListName } from '@aisle/engine';
import { Flex } from '@strapi/design-system';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import { productsApi } from '../api/productsApi';
import { ruleSetsApi } from '../api/ruleSetsApi';
import { PluginPage } from '../components/PluginPage';
import { SectionCard } from '../components/SectionCard';
import { usePluginPermissions } from '../hooks/usePluginPermissions';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import { errorMessage } from '../utils/errorMessage';
import { AdjustActions } from './adjust/AdjustActions';
import type { PreviewContext } from './adjust/context/previewContext';
import { ContextPanel } from './adjust/ContextPanel';
import { EMPTY_CONTEXT } from './adjust/context/previewContext';
import type { DraftRules } from './adjust/draftRules';
import { EMPTY_DRAFT, SUGGESTED_CONTEXT, isEmptyDraft } from './adjust/draftRules';
import { DraftRulesCard } from './adjust/DraftRulesCard';
import { previewPrompt } from './adjust/previewPrompt';
import { productRuleActions } from './adjust/productRuleActions';
import { RankingPanel } from './adjust/RankingPanel';
import { SavedRuleSetsCard } from './adjust/SavedRuleSetsCard';
import { ScopeMismatchNotice } from './adjust/ScopeMismatchNotice';
import { useProductTitles } from './adjust/useProductTitles';
import { useRuleSetCommands } from './adjust/useRuleSetCommands';
import { useRulesPreview } from './adjust/useRulesPreview';

/**
 * Adjust AI results: a list in a context, the AI's ranking and the list with the rules being edited (previewed live
 * before they are saved), the rules themselves, and the saved rule sets.
 */
export const AdjustPage = () => {
  const { formatMessage } = useIntl();
  const { canManageRules } = usePluginPermissions();
  const [list, setList] = useState<ListName>('best-selling');
  const [context, setContext] = useState<PreviewContext>(EMPTY_CONTEXT);
  const [draft, setDraft] = useState<DraftRules>(EMPTY_DRAFT);
  const facets = useRemoteData('facets', (fetchClient, signal) => productsApi.facets(fetchClient, signal));
  const ruleSets = useRemoteData('rule-sets', (fetchClient, signal) => ruleSetsApi.find(fetchClient, signal));
  const { allTitles, remember } = useProductTitles(ruleSets.data);
  const prompt = previewPrompt(formatMessage, context);

  const { preview, isLoading } = useRulesPreview({ list, context, draft, canManageRules, prompt });

  const changeList = (next: ListName) => {
    setList(next);
    const suggested = SUGGESTED_CONTEXT[next];
    if (context.kind === 'none' || suggested === 'product') setContext({ ...context, kind: suggested });
  };

  const actions = canManageRules ? productRuleActions(draft, setDraft, remember) : undefined;

  const { edit, remove, save, saving } = useRuleSetCommands({
    list,
    setList,
    context,
    setContext,
    draft,
    setDraft,
    remember,
    reloadRuleSets: ruleSets.reload,
  });

  const scopeIncomplete =
    (draft.scope.kind === 'product' && !draft.scope.productId) ||
    (draft.scope.kind === 'category' && !draft.scope.category);
  const scopeProduct = draft.scope.kind === 'product' ? draft.scope.productId : undefined;
  const contextIds =
    context.kind === 'product'
      ? [context.product?.id]
      : context.kind === 'basket'
        ? context.basket.map((p) => p.id)
        : [];
  const scopeMismatch = scopeProduct !== undefined && !contextIds.includes(scopeProduct);
  const title = formatMessage(pluginMessage('adjust.title', 'Adjust AI results'));

  return (
    <PluginPage
      title={title}
      subtitle={formatMessage(
        pluginMessage(
          'adjust.subtitle',
          'See what the AI recommends and why, then pin, exclude, boost or bury products. The list updates as you edit; shoppers see nothing until you save.',
        ),
      )}
      primaryAction={
        canManageRules ? (
          <AdjustActions
            editingId={draft.id}
            saving={saving}
            canSave={!isEmptyDraft(draft) && !scopeIncomplete}
            onClear={() => setDraft(EMPTY_DRAFT)}
            onSave={save}
          />
        ) : undefined
      }
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <SectionCard title={formatMessage(pluginMessage('adjust.step.context', 'Which list, shown where'))}>
          <ContextPanel
            list={list}
            onListChange={changeList}
            context={context}
            onContextChange={setContext}
            facets={facets.data}
          />
        </SectionCard>
        <Flex direction="column" alignItems="stretch" gap={2}>
          {scopeMismatch && <ScopeMismatchNotice productName={allTitles.get(scopeProduct) ?? scopeProduct} />}
          <RankingPanel
            preview={preview.data}
            isLoading={isLoading}
            prompt={prompt}
            error={preview.error === undefined ? undefined : errorMessage(preview.error)}
            ruleSetNames={
              new Map(
                (ruleSets.data ?? []).map((ruleSet) => [
                  String(ruleSet.id),
                  ruleSet.definition.name ||
                    formatMessage(pluginMessage('ruleSets.unnamed', 'Rule set {id}'), { id: ruleSet.id }),
                ]),
              )
            }
            actions={actions}
          />
        </Flex>
        {canManageRules && (
          <DraftRulesCard
            draft={draft}
            onChange={setDraft}
            facets={facets.data}
            titles={allTitles}
            onProduct={(product) => remember([product])}
            contextProduct={context.kind === 'product' ? context.product : (context.basket[0] ?? null)}
          />
        )}
        <SavedRuleSetsCard
          ruleSets={ruleSets}
          titles={allTitles}
          editingId={draft.id}
          onEdit={canManageRules ? edit : undefined}
          onDelete={canManageRules ? remove : undefined}
        />
      </Flex>
    </PluginPage>
  );
};
