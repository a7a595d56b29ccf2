import type { FetchClient } from '@strapi/strapi/admin';

import type {
  CreatePlacement,
  DeletePlacement,
  FindPlacement,
  FindPlacements,
  GetPlacementPerformance,
  PlacementInput,
  PreviewPlacement,
  UpdatePlacement,
} from '../../../shared/contracts/placements';

const BASE = '/recommendations/placements';

/** CRUD of placements (/recommendations/placements) and their variants' figures. */
export const placementsApi = {
  find(client: FetchClient, signal?: AbortSignal) {
    return client.get<FindPlacements.Response>(BASE, { signal }).then((response) => response.data.data);
  },
  findOne(client: FetchClient, id: number, signal?: AbortSignal) {
    return client
      .get<FindPlacement.Response>(`${BASE}/${id}`, { signal })
      .then((response) => response.data.data);
  },
  create(client: FetchClient, input: PlacementInput) {
    return client
      .post<CreatePlacement.Response, PlacementInput>(BASE, input)
      .then((response) => response.data.data);
  },
  update(client: FetchClient, id: number, input: Partial<PlacementInput>) {
    return client
      .put<UpdatePlacement.Response, Partial<PlacementInput>>(`${BASE}/${id}`, input)
      .then((response) => response.data.data);
  },
  remove(client: FetchClient, id: number) {
    return client.del<DeletePlacement.Response>(`${BASE}/${id}`).then((response) => response.data.data);
  },
  preview(client: FetchClient, body: PreviewPlacement.Request['body'], signal?: AbortSignal) {
    return client
      .post<PreviewPlacement.Response, PreviewPlacement.Request['body']>(`${BASE}/preview`, body, { signal })
      .then((response) => response.data);
  },
  performance(client: FetchClient, signal?: AbortSignal) {
    return client
      .get<GetPlacementPerformance.Response>('/recommendations/performance/placements', { signal })
      .then((response) => response.data.data);
  },
};
