export interface BatchWriter<T> {
  /** Resolves once the items are written (with the others of their batch); rejects if that write failed. */
  write(items: readonly T[]): Promise<void>;
  /** Writes whatever is waiting now. */
  flush(): Promise<void>;
  /** Runs `task` between two writes: nothing is written while it runs (items wait and are written after). */
  exclusive<R>(task: () => Promise<R>): Promise<R>;
}

interface Waiting {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items of concurrent calls are written together, at most `maxDelayMs` after the first one
 * arrived or as soon as `maxBatch` are waiting. One write runs at a time, so writes never compete for the
 * database's write lock.
 */
export function createBatchWriter<T>(
  writeBatch: (items: T[]) => Promise<void>,
  { maxDelayMs, maxBatch }: { maxDelayMs: number; maxBatch: number },
): BatchWriter<T> {
  let pending: T[] = [];
  let waiting: Waiting[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  function schedule(): void {
    if (pending.length >= maxBatch) {
      void flush();
    } else if (timer === null) {
      timer = setTimeout(() => void flush(), maxDelayMs);
    }
  }

  function flush(): Promise<void> {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    if (pending.length === 0) {
      return running;
    }
    const items = pending;
    const callers = waiting;
    pending = [];
    waiting = [];
    running = running.then(async () => {
      try {
        await writeBatch(items);
        for (const caller of callers) caller.resolve();
      } catch (error) {
        for (const caller of callers) caller.reject(error);
      }
    });
    return running;
  }

  function write(items: readonly T[]): Promise<void> {
    if (items.length === 0) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      pending.push(...items);
      waiting.push({ resolve, reject });
      schedule();
    });
  }

  function exclusive<R>(task: () => Promise<R>): Promise<R> {
    const result = running.then(task);
    running = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  return { write, flush, exclusive };
}
