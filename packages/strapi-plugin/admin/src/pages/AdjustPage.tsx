import type { ListName } from '@aisle/engine';
import {
  Box,
  Button,
  EmptyStateLayout,
  Field,
  Flex,
  Loader,
  Toggle,
  Typography,
} from '@strapi/design-system';
import { useDebounce, useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { ChangeEvent } from 'react';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';

import type { RecommendedProduct } from '../../../shared/contracts/lists';
import type { PreviewList } from '../../../shared/contracts/preview';
import type { StoredRuleSet } from '../../../shared/contracts/rule-sets';
import { previewApi } from '../api/previewApi';
import { productsApi } from '../api/productsApi';
import { ruleSetsApi } from '../api/ruleSetsApi';
import { usePluginPermissions } from '../hooks/usePluginPermissions';
import { useRemoteData } from '../hooks/useRemoteData';
import { pluginMessage } from '../pluginMessage';
import { errorMessage } from '../utils/errorMessage';
import type { PreviewContext } from './adjust/ContextPanel';
import { ContextPanel, EMPTY_CONTEXT } from './adjust/ContextPanel';
import type { DraftRules } from './adjust/draftRules';
import {
  EMPTY_DRAFT,
  SUGGESTED_CONTEXT,
  fromStored,
  isEmptyDraft,
  productIdsOf,
  toRuleSetInput,
} from './adjust/draftRules';
import { RankingPanel } from './adjust/RankingPanel';
import { RuleSetsTable } from './adjust/RuleSetsTable';
import { RulesPanel } from './adjust/RulesPanel';
import { SectionCard } from '../components/SectionCard';
import { PluginPage } from '../components/PluginPage';

const PREVIEW_LIMIT = 10;
const PREVIEW_DELAY_MS = 300;

/**
 * Adjust AI results: a list in a context, the AI's ranking and the list with the rules being edited (previewed live
 * before they are saved), the rules themselves, and the saved rule sets.
 */
export const AdjustPage = () => {
  const { formatMessage } = useIntl();
  const { canManageRules } = usePluginPermissions();
  const client = useFetchClient();
  const { toggleNotification } = useNotification();
  const [list, setList] = useState<ListName>('best-selling');
  const [context, setContext] = useState<PreviewContext>(EMPTY_CONTEXT);
  const [draft, setDraft] = useState<DraftRules>(EMPTY_DRAFT);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [saving, setSaving] = useState(false);

  const remember = (products: RecommendedProduct[]) =>
    setTitles((previous) => {
      const next = new Map(previous);
      for (const product of products) next.set(product.id, product.title);
      return next;
    });

  const facets = useRemoteData('facets', (fetchClient, signal) => productsApi.facets(fetchClient, signal));
  const ruleSets = useRemoteData('rule-sets', (fetchClient, signal) => ruleSetsApi.find(fetchClient, signal));
  const scopedIds = [
    ...new Set((ruleSets.data ?? []).flatMap((ruleSet) => ruleSet.definition.scope?.productId ?? [])),
  ];
  const scopedProducts = useRemoteData(
    scopedIds.length ? `titles:${scopedIds.join(',')}` : null,
    (fetchClient, signal) => productsApi.byIds(fetchClient, scopedIds, signal),
  );
  const allTitles = useMemo(() => {
    const merged = new Map(titles);
    for (const product of scopedProducts.data?.data ?? []) merged.set(product.id, product.title);
    return merged;
  }, [titles, scopedProducts.data]);

  const prompt =
    context.kind === 'product' && !context.product
      ? formatMessage(
          pluginMessage('adjust.prompt.product', 'Choose a product above to see this list on its page.'),
        )
      : context.kind === 'basket' && context.basket.length === 0
        ? formatMessage(
            pluginMessage(
              'adjust.prompt.basket',
              'Add products to the basket above to see this list for it.',
            ),
          )
        : context.kind === 'category' && !context.category
          ? formatMessage(
              pluginMessage(
                'adjust.prompt.category',
                'Choose a category above to see this list on its page.',
              ),
            )
          : context.kind === 'shopper' && !context.shopper.trim()
            ? formatMessage(
                pluginMessage(
                  'adjust.prompt.shopper',
                  'Enter a shopper or session id above to see their list.',
                ),
              )
            : undefined;

  const body = useMemo((): PreviewList.Request['body'] | null => {
    if (prompt) return null;
    const request: PreviewList.Request['body'] = { list, limit: PREVIEW_LIMIT };
    if (context.kind === 'product' && context.product) request.productId = context.product.id;
    if (context.kind === 'basket') request.basket = context.basket.map((product) => product.id);
    if (context.kind === 'category') request.category = context.category;
    if (context.kind === 'shopper') request.userId = context.shopper.trim();
    if (canManageRules && !isEmptyDraft(draft)) request.draft = toRuleSetInput(draft, list);
    if (canManageRules && draft.id !== null) request.replaces = draft.id;
    return request;
  }, [prompt, list, context, draft, canManageRules]);
  const key = useDebounce(body === null ? null : JSON.stringify(body), PREVIEW_DELAY_MS);
  const preview = useRemoteData(key, (fetchClient, signal) =>
    previewApi.preview(fetchClient, JSON.parse(key as string) as PreviewList.Request['body'], signal),
  );

  const changeList = (next: ListName) => {
    setList(next);
    const suggested = SUGGESTED_CONTEXT[next];
    if (context.kind === 'none' || suggested === 'product') setContext({ ...context, kind: suggested });
  };

  const actions = canManageRules
    ? {
        pin: (product: RecommendedProduct) => {
          remember([product]);
          if (draft.pins.some((pin) => pin.productId === product.id)) return;
          setDraft({
            ...draft,
            pins: [...draft.pins, { productId: product.id, position: draft.pins.length + 1 }],
            exclude: draft.exclude.filter((match) => match.productId !== product.id),
          });
        },
        exclude: (product: RecommendedProduct) => {
          remember([product]);
          setDraft({
            ...draft,
            pins: draft.pins.filter((pin) => pin.productId !== product.id),
            exclude: [...draft.exclude, { productId: product.id }],
          });
        },
        boost: (product: RecommendedProduct) => {
          remember([product]);
          setDraft({ ...draft, boosts: withFactor(draft.boosts, product.id, 2) });
        },
        bury: (product: RecommendedProduct) => {
          remember([product]);
          setDraft({ ...draft, boosts: withFactor(draft.boosts, product.id, 0.5) });
        },
      }
    : undefined;

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
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  const remove = async (ruleSet: StoredRuleSet) => {
    try {
      await ruleSetsApi.remove(client, ruleSet.id);
      if (draft.id === ruleSet.id) setDraft(EMPTY_DRAFT);
      ruleSets.reload();
      toggleNotification({
        type: 'success',
        message: formatMessage(pluginMessage('adjust.deleted', 'The rule set is deleted')),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  const scopeIncomplete =
    (draft.scope.kind === 'product' && !draft.scope.productId) ||
    (draft.scope.kind === 'category' && !draft.scope.category);
  const save = async () => {
    setSaving(true);
    try {
      const input = toRuleSetInput(draft, list);
      const saved =
        draft.id === null
          ? await ruleSetsApi.create(client, input)
          : await ruleSetsApi.update(client, draft.id, input);
      setDraft({ ...draft, id: saved.id });
      ruleSets.reload();
      toggleNotification({
        type: 'success',
        message: formatMessage(
          pluginMessage('adjust.saved', 'Saved: shoppers now get this list with these rules'),
        ),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

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
          <Flex gap={2}>
            <Button variant="tertiary" onClick={() => setDraft(EMPTY_DRAFT)} disabled={saving}>
              {draft.id === null
                ? formatMessage(pluginMessage('adjust.clear', 'Clear the rules'))
                : formatMessage(pluginMessage('adjust.newRuleSet', 'New rule set'))}
            </Button>
            <Button onClick={save} loading={saving} disabled={isEmptyDraft(draft) || scopeIncomplete}>
              {draft.id === null
                ? formatMessage(pluginMessage('adjust.save', 'Save rule set'))
                : formatMessage(pluginMessage('adjust.update', 'Save changes'))}
            </Button>
          </Flex>
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
          {scopeMismatch && (
            <Box background="warning100" padding={3} hasRadius>
              <Typography textColor="warning700">
                {formatMessage(
                  pluginMessage(
                    'adjust.scopeMismatch',
                    'Your rules apply on the page of {name} only, and the list above is shown elsewhere: they change nothing here.',
                  ),
                  { name: allTitles.get(scopeProduct) ?? scopeProduct },
                )}
              </Typography>
            </Box>
          )}
          <RankingPanel
            preview={preview.data}
            isLoading={preview.isLoading || key !== (body === null ? null : JSON.stringify(body))}
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
          <SectionCard
            title={
              draft.id === null
                ? formatMessage(pluginMessage('adjust.step.rules', 'Your rules (not saved yet)'))
                : formatMessage(pluginMessage('adjust.step.editing', 'Editing “{name}”'), {
                    name:
                      draft.name ||
                      formatMessage(pluginMessage('ruleSets.unnamed', 'Rule set {id}'), { id: draft.id }),
                  })
            }
          >
            <Flex direction="column" alignItems="stretch" gap={4}>
              <RulesPanel
                draft={draft}
                onChange={setDraft}
                facets={facets.data}
                titles={allTitles}
                onProduct={(product) => remember([product])}
                contextProduct={context.kind === 'product' ? context.product : (context.basket[0] ?? null)}
              />
              <Field.Root name="enabled">
                <Field.Label>
                  {formatMessage(pluginMessage('adjust.enabled', 'When saved, the rules are'))}
                </Field.Label>
                <Toggle
                  onLabel={formatMessage(pluginMessage('adjust.enabledOn', 'Active'))}
                  offLabel={formatMessage(pluginMessage('adjust.enabledOff', 'Switched off'))}
                  checked={draft.enabled}
                  onChange={(event: ChangeEvent<HTMLInputElement>) =>
                    setDraft({ ...draft, enabled: event.target.checked })
                  }
                />
              </Field.Root>
            </Flex>
          </SectionCard>
        )}
        <SectionCard title={formatMessage(pluginMessage('adjust.saved.title', 'Saved rule sets'))}>
          {ruleSets.isLoading && ruleSets.data === undefined ? (
            <Loader>
              {formatMessage(pluginMessage('adjust.ruleSetsLoading', 'Loading the rule sets…'))}
            </Loader>
          ) : ruleSets.error !== undefined ? (
            <Flex gap={2}>
              <Typography textColor="danger600">
                {formatMessage(
                  pluginMessage('adjust.ruleSetsError', 'The rule sets could not be loaded: {message}'),
                  {
                    message: errorMessage(ruleSets.error),
                  },
                )}
              </Typography>
              <Button variant="tertiary" onClick={ruleSets.reload}>
                {formatMessage(pluginMessage('common.retry', 'Retry'))}
              </Button>
            </Flex>
          ) : ruleSets.data?.length === 0 ? (
            <EmptyStateLayout
              content={formatMessage(
                pluginMessage(
                  'adjust.noRuleSets',
                  'No rule set yet: every list shows the AI’s ranking as it is.',
                ),
              )}
            />
          ) : (
            <RuleSetsTable
              ruleSets={ruleSets.data ?? []}
              titles={allTitles}
              editingId={draft.id}
              onEdit={canManageRules ? edit : undefined}
              onDelete={canManageRules ? remove : undefined}
            />
          )}
        </SectionCard>
      </Flex>
    </PluginPage>
  );
};

function withFactor(boosts: DraftRules['boosts'], productId: string, factor: number): DraftRules['boosts'] {
  const others = boosts.filter(
    (boost) => !(boost.match.productId === productId && Object.keys(boost.match).length === 1),
  );
  return [...others, { match: { productId }, factor }];
}
