import type { Collaborators } from './Collaborators';

/** How often a due retraining checks again whether the training that was running has ended. */
const BUSY_RETRY_MS = 1000;
/**
 * Retrainings after purchases start at least this far apart, and trainings take at most this share of the time,
 * however fast orders come: a stream of purchases cannot keep a training running.
 */
export const MIN_RETRAIN_INTERVAL_MS = 60_000;
const MAX_TRAINING_SHARE = 0.25;

/**
 * Retraining shortly after new orders, so that "frequently bought together" and the other co-purchase lists learn
 * from them (best-selling and trending count events as they arrive). With `training.retrainAfterPurchasesSeconds`
 * set, a training starts that many seconds after the first purchase stored since the last one was armed; purchases
 * within that delay join the same training, and retrainings start at least `MIN_RETRAIN_INTERVAL_MS` apart
 * (longer when trainings are slow: at most a quarter of the time training). Trainings never overlap: a retraining due while one runs waits for it,
 * because the running one may have read the events before those purchases.
 */
export const createRetrainingService = ({ deps }: { deps: Collaborators<'settings' | 'training'> }) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  /** The earliest time the next retraining may start (0: any time). */
  let nextAllowedAt = 0;

  /** Called once purchases are in the database. */
  async function purchasesStored(): Promise<void> {
    const delaySeconds = (await deps.settings.get()).training.retrainAfterPurchasesSeconds;
    if (delaySeconds === null || timer !== null || stopped) {
      return;
    }
    arm(Math.max(delaySeconds * 1000, nextAllowedAt - Date.now()));
  }

  function arm(delayMs: number): void {
    timer = setTimeout(() => {
      timer = null;
      if (stopped) {
        return;
      }
      const training = deps.training.start();
      if (training === null) {
        arm(BUSY_RETRY_MS);
        return;
      }
      const startedAt = Date.now();
      nextAllowedAt = startedAt + MIN_RETRAIN_INTERVAL_MS;
      // run() logs and records a failure; the previous model keeps serving.
      training
        .catch(() => undefined)
        .finally(() => {
          const took = Date.now() - startedAt;
          nextAllowedAt = startedAt + Math.max(MIN_RETRAIN_INTERVAL_MS, took / MAX_TRAINING_SHARE);
        });
    }, delayMs);
  }

  /** Whether a retraining is due (armed and not started yet). */
  function isPending(): boolean {
    return timer !== null;
  }

  /** Cancels a due retraining and arms no other (the plugin's destroy). */
  function stop(): void {
    stopped = true;
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  }

  return { purchasesStored, isPending, stop };
};

export type RetrainingService = ReturnType<typeof createRetrainingService>;
