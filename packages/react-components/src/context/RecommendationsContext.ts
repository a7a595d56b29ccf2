import { createContext } from 'react';

import type { RecommendationsClient } from '../client/createClient';
import type { RecommendedProduct, Shopper, TrackEvent } from '../types';

export interface RecommendationsContextValue {
  client: RecommendationsClient;
  shopper: Shopper;
  track: (event: TrackEvent) => void;
  productHref: (product: RecommendedProduct) => string;
  formatPrice: (amount: number, currency?: string) => string;
}

export const RecommendationsContext = createContext<RecommendationsContextValue | null>(null);
