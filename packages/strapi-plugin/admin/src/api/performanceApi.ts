import type { FetchClient } from '@strapi/strapi/admin';

import type { GetDailyPerformance, GetPerformance } from '../../../shared/contracts/performance';

/** How the lists do with shoppers: /recommendations/performance and /performance/daily. */
export const performanceApi = {
  /** Per list over 7 and 30 days. */
  summary(client: FetchClient, signal?: AbortSignal) {
    return client
      .get<GetPerformance.Response>('/recommendations/performance', { signal })
      .then((response) => response.data.data);
  },
  daily(client: FetchClient, days: 7 | 30, signal?: AbortSignal) {
    return client
      .get<GetDailyPerformance.Response>('/recommendations/performance/daily', {
        params: { days: String(days) },
        signal,
      })
      .then((response) => response.data.data);
  },
};
