import type { FetchClient } from '@strapi/strapi/admin';

import type { CreateImport, FindImports } from '../../../shared/contracts/imports';

/** Historical imports: /recommendations/imports. */
export const importsApi = {
  /** Sends the file; resolves when the server has read every row. */
  create(client: FetchClient, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return client
      .post<CreateImport.Response, FormData>('/recommendations/imports', form)
      .then((response) => response.data.data);
  },
  find(client: FetchClient, signal?: AbortSignal) {
    return client
      .get<FindImports.Response>('/recommendations/imports', { signal })
      .then((response) => response.data.data);
  },
};
