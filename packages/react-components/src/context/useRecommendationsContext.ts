import { useContext } from 'react';

import type { RecommendationsContextValue } from './RecommendationsContext';
import { RecommendationsContext } from './RecommendationsContext';

export function useRecommendationsContext(): RecommendationsContextValue {
  const value = useContext(RecommendationsContext);
  if (!value) throw new Error('@aisle/react: missing RecommendationsProvider');
  return value;
}
