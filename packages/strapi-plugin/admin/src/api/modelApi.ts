import type { FetchClient } from '@strapi/strapi/admin';

import type { GetModelStatus, TrainModel } from '../../../shared/contracts/model';
import type { FindSnapshots } from '../../../shared/contracts/snapshots';

/** The serving model, its training history and "train now": /recommendations/model, /snapshots, /training. */
export const modelApi = {
  status(client: FetchClient, signal?: AbortSignal) {
    return client
      .get<GetModelStatus.Response>('/recommendations/model', { signal })
      .then((response) => response.data.data);
  },
  snapshots(client: FetchClient, signal?: AbortSignal) {
    return client
      .get<FindSnapshots.Response>('/recommendations/snapshots', { signal })
      .then((response) => response.data.data);
  },
  /** Resolves when the training ends (the server answers then). */
  train(client: FetchClient) {
    return client
      .post<TrainModel.Response>('/recommendations/training')
      .then((response) => response.data.data);
  },
};
