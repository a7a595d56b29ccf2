import type { FetchClient } from '@strapi/strapi/admin';

import type { PreviewList } from '../../../shared/contracts/preview';

/** POST /recommendations/preview: the AI's ranking before and after the rules (with a draft rule set). */
export const previewApi = {
  preview(client: FetchClient, body: PreviewList.Request['body'], signal?: AbortSignal) {
    return client
      .post<PreviewList.Response, PreviewList.Request['body']>('/recommendations/preview', body, { signal })
      .then((response) => response.data);
  },
};
