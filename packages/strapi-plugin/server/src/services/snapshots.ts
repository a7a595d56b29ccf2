import type { Core } from '@strapi/strapi';

import type { ModelSnapshotSummary } from '../../../shared/contracts/model';
import type { TrainingRecord } from '../../../shared/contracts/snapshots';
import { UID } from '../utils/uids';
import type { Collaborators } from './Collaborators';

interface SnapshotRow {
  id: number;
  version: number;
  status: string;
  trainedAt: string | Date;
  durationMs: number | null;
  stats: Partial<ModelSnapshotSummary> | null;
  error: string | null;
}

/** The training history: the kept model snapshots and failed trainings, without the serialized models. */
export const createSnapshotsService = ({
  strapi,
  deps,
}: {
  strapi: Core.Strapi;
  deps: Collaborators<'model'>;
}) => {
  async function history(): Promise<TrainingRecord[]> {
    const rows = (await strapi.db.query(UID.modelSnapshot).findMany({
      orderBy: { id: 'desc' },
      select: ['id', 'version', 'status', 'trainedAt', 'durationMs', 'stats', 'error'],
    })) as SnapshotRow[];
    const servingVersion = deps.model.current()?.summary.version ?? null;
    return rows.map((row) => ({
      id: row.id,
      version: row.version,
      status: row.status === 'ready' ? 'ready' : 'failed',
      trainedAt: new Date(row.trainedAt).toISOString(),
      durationMs: row.durationMs ?? 0,
      products: row.stats?.products ?? 0,
      users: row.stats?.users ?? 0,
      interactions: row.stats?.interactions ?? 0,
      orders: row.stats?.orders ?? 0,
      metrics: row.stats?.metrics ?? null,
      error: row.error ?? null,
      serving: row.status === 'ready' && row.version === servingVersion,
    }));
  }

  return { history };
};

export type SnapshotsService = ReturnType<typeof createSnapshotsService>;
