import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import type { EngineConfigInput } from '@aisle/engine';

import type { TrainingWorkerMessage, TrainingWorkerReply } from './workerMessages';

export interface TrainingWorker {
  send(message: Exclude<TrainingWorkerMessage, { kind: 'end' }>): void;
  /** Asks for the model; rejects if the training fails, runs out of memory or the worker dies. */
  finish(): Promise<Extract<TrainingWorkerReply, { kind: 'done' }>>;
  /** Stops the worker (the pending `finish` rejects). */
  kill(): Promise<void>;
}

/** The worker's bundle, built beside the server's (`dist/train-worker/index.js`). */
const WORKER_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'train-worker', 'index.js');

/** Starts a training worker thread with a memory limit, so that a runaway training cannot take the server down. */
export function startTrainingWorker({
  config,
  memoryLimitMb,
}: {
  config: EngineConfigInput;
  memoryLimitMb: number;
}): TrainingWorker {
  const worker = new Worker(WORKER_PATH, {
    workerData: { config },
    resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
  });
  const result = new Promise<Extract<TrainingWorkerReply, { kind: 'done' }>>((resolve, reject) => {
    worker.once('message', (reply: TrainingWorkerReply) => {
      if (reply.kind === 'done') {
        resolve(reply);
      } else {
        reject(new Error(`training failed: ${reply.message}`));
      }
    });
    worker.once('error', (error) => reject(new Error(`training failed: ${error.message}`)));
    worker.once('exit', (code) =>
      reject(new Error(`training failed: the worker stopped (exit code ${code})`)),
    );
  });
  // A failure before `finish` is awaited must not surface as an unhandled rejection.
  result.catch(() => undefined);

  return {
    send(message) {
      worker.postMessage(message);
    },
    async finish() {
      worker.postMessage({ kind: 'end' } satisfies TrainingWorkerMessage);
      try {
        return await result;
      } finally {
        await worker.terminate();
      }
    },
    async kill() {
      await worker.terminate();
    },
  };
}
