'use client';

import { RecommendationsProvider } from '@aisle/react';
import type { ReactNode } from 'react';

import { LOCALE } from '../lib/formatPrice';
import type { StoreShopper } from '../lib/shopper/getShopper';

/**
 * The recommendations provider of a page: the shopper (the signed-in customer's token, else the session), the
 * lists the server prefetched, and the recommendations API under the store's origin (proxy.ts forwards
 * `/cms/api/recommendations/*` to the CMS).
 */
export function StoreRecommendations({
  shopper: { sessionId, shopperToken },
  fallback,
  children,
}: {
  shopper: StoreShopper;
  fallback?: Record<string, unknown>;
  children: ReactNode;
}) {
  return (
    <RecommendationsProvider
      baseUrl="/cms"
      sessionId={sessionId}
      shopperToken={shopperToken}
      fallback={fallback}
      locale={LOCALE}
    >
      {children}
    </RecommendationsProvider>
  );
}
