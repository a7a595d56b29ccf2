import type { FetchClient } from '@strapi/strapi/admin';

import type { GetHealth } from '../../../shared/contracts/health';

/** Data health: GET /recommendations/health. */
export const healthApi = {
  get(client: FetchClient, days: number, signal?: AbortSignal) {
    return client
      .get<GetHealth.Response>('/recommendations/health', { params: { days: String(days) }, signal })
      .then((response) => response.data.data);
  },
};
