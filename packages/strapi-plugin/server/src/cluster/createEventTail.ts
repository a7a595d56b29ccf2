/** How long an id skipped by the tail is waited for (a transaction of another instance still committing). */
const GAP_WAIT_MS = 10_000;
const MAX_GAPS = 10_000;

export interface TailRow {
  id: number;
}

export interface EventTail {
  /** Applies every stored row not applied yet (rows of any instance), in id order. */
  catchUp(): Promise<number>;
  /** Runs `task` between two catch-ups, given the id up to which rows are applied. */
  exclusive<R>(task: (position: number) => Promise<R>): Promise<R>;
  /** Starts applying after `id` (the last event a loaded model holds). */
  resetTo(id: number): void;
  position(): number;
}

/**
 * Follows the shared events table by id, so that every instance applies the events any instance stored, each
 * once. Ids are given out before their transactions commit, so a commit can land behind a higher id that is
 * already applied: skipped ids are remembered and read again for `GAP_WAIT_MS` (then taken as rolled back or
 * deleted).
 */
export function createEventTail<Row extends TailRow>({
  readAfter,
  apply,
  now = Date.now,
}: {
  /** Rows with an id above `afterId`, in id order, at most `limit`. */
  readAfter: (afterId: number, limit: number) => Promise<Row[]>;
  apply: (rows: Row[]) => void;
  now?: () => number;
}): EventTail {
  const PAGE = 5000;
  let applied = 0;
  const gaps = new Map<number, number>();
  let queue: Promise<unknown> = Promise.resolve();

  const serialize = <R>(task: () => Promise<R>): Promise<R> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  async function readNew(): Promise<number> {
    const time = now();
    for (const [id, since] of gaps) if (time - since > GAP_WAIT_MS) gaps.delete(id);
    let floor = applied;
    for (const id of gaps.keys()) floor = Math.min(floor, id - 1);
    let count = 0;
    for (;;) {
      const rows = await readAfter(floor, PAGE);
      const fresh: Row[] = [];
      for (const row of rows) {
        if (row.id <= applied) {
          if (gaps.delete(row.id)) fresh.push(row);
          continue;
        }
        for (let missing = applied + 1; missing < row.id && gaps.size < MAX_GAPS; missing++)
          gaps.set(missing, time);
        applied = row.id;
        fresh.push(row);
      }
      if (fresh.length > 0) apply(fresh);
      count += fresh.length;
      if (rows.length < PAGE) return count;
      floor = rows[rows.length - 1]!.id;
    }
  }

  return {
    catchUp: () => serialize(readNew),
    exclusive: (task) => serialize(() => task(applied)),
    resetTo(id) {
      applied = id;
      for (const gap of gaps.keys()) if (gap <= id) gaps.delete(gap);
    },
    position: () => applied,
  };
}
