import type { ListName } from '@aisle/engine';
import { useDebounce } from '@strapi/strapi/admin';
import { useMemo } from 'react';

import type { PreviewList } from '../../../../shared/contracts/preview';
import { previewApi } from '../../api/previewApi';
import { useRemoteData } from '../../hooks/useRemoteData';
import type { PreviewContext } from './context/previewContext';
import type { DraftRules } from './draftRules';
import { isEmptyDraft, toRuleSetInput } from './draftRules';

const PREVIEW_LIMIT = 10;
const PREVIEW_DELAY_MS = 300;

export interface RulesPreviewInput {
  list: ListName;
  context: PreviewContext;
  draft: DraftRules;
  /** Only an admin who may change rules previews a draft. */
  canManageRules: boolean;
  /** Set while the context is incomplete: then nothing is previewed. */
  prompt: string | undefined;
}

/** The list in its context with the draft applied, fetched once the admin stops typing for a moment. */
export function useRulesPreview({ list, context, draft, canManageRules, prompt }: RulesPreviewInput) {
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
  // Until the debounce catches up, the preview shown is of an older request: it counts as loading.
  const isLoading = preview.isLoading || key !== (body === null ? null : JSON.stringify(body));
  return { preview, isLoading };
}
