import type { Collaborators } from './Collaborators';

/** How often a due retraining checks again whether the training that was running has ended. */
const BUSY_RETRY_MS = 1000;

/**
 * Retraining shortly after new orders, so that "frequently bought together" and the other co-purchase lists learn
 * from them (best-selling and trending count events as they arrive). With `training.retrainAfterPurchasesSeconds`
 * set, a training starts that many seconds after the first purchase stored since the last one was armed; purchases
 * within that delay join the same training. Trainings never overlap: a retraining due while one runs waits for it,
 * because the running one may have read the events before those purchases.
 */
export const createRetrainingService = ({ deps }: { deps: Collaborators<'settings' | 'training'> }) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  /** Called once purchases are in the database. */
  async function purchasesStored(): Promise<void> {
    const delaySeconds = (await deps.settings.get()).training.retrainAfterPurchasesSeconds;
    if (delaySeconds === null || timer !== null || stopped) {
      return;
    }
    arm(delaySeconds * 1000);
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
      } else {
        // run() logs and records a failure; the previous model keeps serving.
        training.catch(() => undefined);
      }
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
