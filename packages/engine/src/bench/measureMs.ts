/** Runs `task` and returns its result with the wall time it took, in milliseconds. */
export function measureMs<T>(task: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = task();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}
