'use client';

import { RecommendationsProvider } from '@aisle/react';
import type { ReactNode } from 'react';

import { LOCALE } from '../lib/formatPrice';

/**
 * The recommendations provider of a page: the shopper's session, the lists the server prefetched, and the
 * recommendations API under the store's origin (proxy.ts forwards `/cms/api/recommendations/*` to the CMS).
 */
export function StoreRecommendations({
  sessionId,
  fallback,
  children,
}: {
  sessionId: string | undefined;
  fallback?: Record<string, unknown>;
  children: ReactNode;
}) {
  return (
    <RecommendationsProvider baseUrl="/cms" sessionId={sessionId} fallback={fallback} locale={LOCALE}>
      {children}
    </RecommendationsProvider>
  );
}
