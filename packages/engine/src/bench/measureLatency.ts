import { recommend, type Model } from '../index.js';
import type { RecommendRequest } from '../types.js';
import { percentile } from './percentile.js';

export interface LatencySummary {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  /** 99th percentile of the CPU time this process spent on a request: wall time less preemption by others. */
  p99CpuMs: number;
  /** Mean number of items a response held. */
  meanItems: number;
}

/** Serves each request once, timing every call on its own after a warm-up pass. */
export function measureLatency(
  model: Model,
  warmUp: readonly RecommendRequest[],
  requests: readonly RecommendRequest[],
): LatencySummary {
  for (const request of warmUp) recommend(model, request);
  const times = new Float64Array(requests.length);
  const cpuTimes = new Float64Array(requests.length);
  let items = 0;
  requests.forEach((request, i) => {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const result = recommend(model, request);
    times[i] = Number(process.hrtime.bigint() - start) / 1e6;
    const spent = process.cpuUsage(cpu);
    cpuTimes[i] = (spent.user + spent.system) / 1000;
    items += result.items.length;
  });
  times.sort();
  cpuTimes.sort();
  let total = 0;
  for (const time of times) total += time;
  return {
    requests: requests.length,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxMs: times[times.length - 1] ?? Number.NaN,
    meanMs: total / Math.max(1, requests.length),
    p99CpuMs: percentile(cpuTimes, 99),
    meanItems: items / Math.max(1, requests.length),
  };
}
