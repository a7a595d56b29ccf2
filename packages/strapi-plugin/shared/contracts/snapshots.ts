import type { HoldoutMetrics } from './model';

/** One training, as kept in the history: a model that serves or served, or a training that failed. */
export interface TrainingRecord {
  id: number;
  /** The model's version; 0 for a training that failed. */
  version: number;
  status: 'ready' | 'failed';
  /** ISO 8601: when the training ended. */
  trainedAt: string;
  durationMs: number;
  products: number;
  users: number;
  interactions: number;
  orders: number;
  metrics: HoldoutMetrics | null;
  /** Why a failed training failed. */
  error: string | null;
  /** True for the snapshot that serves now. */
  serving: boolean;
}

/** GET /recommendations/snapshots: the last trainings, newest first (the last 3 models and 10 failures). */
export declare namespace FindSnapshots {
  interface Response {
    data: TrainingRecord[];
  }
}
