export interface ResponseCache<T> {
  /** The value stored under `key` with the same stamp (compared item by item with ===), if it is fresh. */
  get(key: string, stamp: readonly unknown[]): T | undefined;
  set(key: string, stamp: readonly unknown[], value: T): void;
}

interface Entry<T> {
  stamp: readonly unknown[];
  value: T;
  storedAt: number;
}

/**
 * A bounded map of computed responses, each valid while the inputs it was computed from are the same objects
 * (its stamp) and for at most `maxAgeMs`. Least recently stored entries leave first.
 */
export function createResponseCache<T>({
  maxEntries,
  maxAgeMs,
}: {
  maxEntries: number;
  maxAgeMs: number;
}): ResponseCache<T> {
  const entries = new Map<string, Entry<T>>();

  function get(key: string, stamp: readonly unknown[]): T | undefined {
    const entry = entries.get(key);
    if (entry === undefined) {
      return undefined;
    }
    const fresh =
      Date.now() - entry.storedAt <= maxAgeMs &&
      entry.stamp.length === stamp.length &&
      entry.stamp.every((part, index) => part === stamp[index]);
    if (!fresh) {
      entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  function set(key: string, stamp: readonly unknown[], value: T): void {
    entries.delete(key);
    entries.set(key, { stamp, value, storedAt: Date.now() });
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done !== true) {
        entries.delete(oldest.value);
      }
    }
  }

  return { get, set };
}
