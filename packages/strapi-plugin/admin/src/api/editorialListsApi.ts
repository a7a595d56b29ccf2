import type { FetchClient } from '@strapi/strapi/admin';

import type {
  CreateEditorialList,
  DeleteEditorialList,
  EditorialListInput,
  FindEditorialList,
  FindEditorialLists,
  UpdateEditorialList,
} from '../../../shared/contracts/editorial-lists';

const BASE = '/recommendations/editorial-lists';

/** CRUD of editorial lists: /recommendations/editorial-lists. */
export const editorialListsApi = {
  find(client: FetchClient, signal?: AbortSignal) {
    return client.get<FindEditorialLists.Response>(BASE, { signal }).then((response) => response.data.data);
  },
  findOne(client: FetchClient, id: number, signal?: AbortSignal) {
    return client
      .get<FindEditorialList.Response>(`${BASE}/${id}`, { signal })
      .then((response) => response.data.data);
  },
  create(client: FetchClient, input: EditorialListInput) {
    return client
      .post<CreateEditorialList.Response, EditorialListInput>(BASE, input)
      .then((response) => response.data.data);
  },
  update(client: FetchClient, id: number, input: Partial<EditorialListInput>) {
    return client
      .put<UpdateEditorialList.Response, Partial<EditorialListInput>>(`${BASE}/${id}`, input)
      .then((response) => response.data.data);
  },
  remove(client: FetchClient, id: number) {
    return client.del<DeleteEditorialList.Response>(`${BASE}/${id}`).then((response) => response.data.data);
  },
};
