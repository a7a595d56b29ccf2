/* eslint-disable @typescript-eslint/no-namespace -- one namespace per endpoint (Request, Response), the shape of Strapi's own contracts */
import type { ErrorResponse } from './errors';

export type TrainingState = 'idle' | 'running';

export interface ModelSnapshotSummary {
  version: number;
  /** ISO 8601. */
  trainedAt: string;
  durationMs: number;
  products: number;
  users: number;
  interactions: number;
  orders: number;
}

export interface ModelStatus {
  /** The snapshot serving now; null before the first training. */
  current: ModelSnapshotSummary | null;
  training: TrainingState;
  /** The last training that failed, if it came after the serving snapshot. */
  lastFailure: { at: string; message: string } | null;
  /** Events stored, all time. */
  events: number;
}

/** GET /recommendations/model */
export declare namespace GetModelStatus {
  interface Response {
    data: ModelStatus;
  }
}

/** POST /recommendations/training */
export declare namespace TrainModel {
  /** Waits for the training: 200 with the new snapshot, 500 with the reason when it failed (the old model keeps serving). */
  interface Response {
    data: ModelSnapshotSummary;
  }
  /** 409 while another training runs. */
  type ErrorBody = ErrorResponse;
}
