import { groupThousands } from '../cli/groupThousands.js';
/** Human-readable quantities for the benchmark tables. */
export const formatNumber = {
  count: groupThousands,
  ms: (value: number): string =>
    value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3),
  seconds: (ms: number): string => (ms / 1000).toFixed(ms >= 10_000 ? 1 : 2),
  megabytes: (bytes: number): string => (bytes / 1024 / 1024).toFixed(bytes >= 100 * 1024 * 1024 ? 0 : 1),
  ratio: (value: number): string => `${value.toFixed(value >= 100 ? 0 : 1)}x`,
};
