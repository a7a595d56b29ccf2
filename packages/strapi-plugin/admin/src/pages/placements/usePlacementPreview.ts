import { useDebounce } from '@strapi/strapi/admin';
import { useMemo } from 'react';

import type { PlacementInput, PreviewPlacement } from '../../../../shared/contracts/placements';
import { placementsApi } from '../../api/placementsApi';
import { useRemoteData } from '../../hooks/useRemoteData';
import type { PreviewContext } from '../adjust/context/previewContext';

const PREVIEW_DELAY_MS = 400;

export interface PlacementPreviewInput {
  form: PlacementInput;
  context: PreviewContext;
  /** Module key to the variant to show; a module not named shows the shopper's (or the first) variant. */
  variants: Record<string, string>;
  /** ISO 8601: the slot as it will be at that time (scheduled modules); null: now. */
  at: string | null;
}

/** The slot as it is being edited, filled for the chosen page, fetched once the merchandiser stops typing. */
export function usePlacementPreview({ form, context, variants, at }: PlacementPreviewInput) {
  const body = useMemo((): PreviewPlacement.Request['body'] => {
    const request: PreviewPlacement.Request['body'] = {
      placement: { slot: form.slot || 'preview', page: form.page, modules: form.modules },
      variants,
    };
    if (context.product) request.productId = context.product.id;
    if (context.basket.length > 0) request.basket = context.basket.map((product) => product.id);
    if (context.category) request.category = context.category;
    if (context.shopper.trim()) request.userId = context.shopper.trim();
    if (at !== null) request.at = at;
    return request;
  }, [form.slot, form.page, form.modules, context, variants, at]);
  const key = useDebounce(JSON.stringify(body), PREVIEW_DELAY_MS);
  const preview = useRemoteData(key, (client, signal) =>
    placementsApi.preview(client, JSON.parse(key) as PreviewPlacement.Request['body'], signal),
  );
  return { preview, isLoading: preview.isLoading || key !== JSON.stringify(body) };
}
