import type { FetchClient } from '@strapi/strapi/admin';

import type { CreateImport, FindImport, FindImports } from '../../../shared/contracts/imports';

/** Historical imports: /recommendations/imports. */
export const importsApi = {
  /** Sends the file; resolves with the import's job as soon as the server has started it (`running`). */
  create(client: FetchClient, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return client
      .post<CreateImport.Response, FormData>('/recommendations/imports', form)
      .then((response) => response.data.data);
  },
  findOne(client: FetchClient, id: number) {
    return client
      .get<FindImport.Response>(`/recommendations/imports/${id}`)
      .then((response) => response.data.data);
  },
  find(client: FetchClient, signal?: AbortSignal) {
    return client
      .get<FindImports.Response>('/recommendations/imports', { signal })
      .then((response) => response.data.data);
  },
};
