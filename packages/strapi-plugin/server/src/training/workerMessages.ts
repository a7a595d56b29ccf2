import type { Interaction, Product } from '@aisle/engine';

import type { HoldoutMetrics } from '../../../shared/contracts/model';

export type TrainingWorkerMessage =
  | { kind: 'catalog'; products: Product[] }
  | { kind: 'interactions'; interactions: Interaction[] }
  | { kind: 'end' };

export interface TrainingCounts {
  products: number;
  users: number;
  interactions: number;
  orders: number;
}

export type TrainingWorkerReply =
  | {
      kind: 'done';
      bytes: Uint8Array;
      stats: TrainingCounts;
      metrics: HoldoutMetrics | null;
      durationMs: number;
    }
  | { kind: 'error'; message: string };
