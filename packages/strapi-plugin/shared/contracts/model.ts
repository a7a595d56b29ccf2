import type { ErrorResponse } from './errors';

export type TrainingState = 'idle' | 'running';

/** Offline metrics from a holdout of the most recent events (see the plugin's README). */
export interface HoldoutMetrics {
  holdoutEvents: number;
  /** Shoppers of the holdout evaluated. */
  users: number;
  k: number;
  /** Share of those shoppers for whom the list at the cut-off time held a product they then interacted with. */
  hitRate: Record<string, number>;
  /**
   * Orders of the holdout with two products or more, each asked with one product held out: the share whose
   * frequently-bought-together (and, as the baseline, best-selling) list held it. Null without such orders;
   * absent in trainings recorded before it was measured.
   */
  baskets?: { orders: number; hitRate: Record<string, number> } | null;
}

export interface ModelSnapshotSummary {
  version: number;
  /** ISO 8601. */
  trainedAt: string;
  durationMs: number;
  products: number;
  users: number;
  interactions: number;
  orders: number;
  /** Null when there were too few events to hold some out. */
  metrics: HoldoutMetrics | null;
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
