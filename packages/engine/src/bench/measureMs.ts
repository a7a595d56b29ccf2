/**
 * Runs `task` and returns its result with the wall time it took and the CPU time this process spent on it
 * (user + system, all threads, garbage collector included), in milliseconds. On a busy machine the CPU time
 * is the steadier of the two.
 */
export function measureMs<T>(task: () => T): { result: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = task();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const spent = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (spent.user + spent.system) / 1000 };
}
