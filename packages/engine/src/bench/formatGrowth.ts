import { formatNumber as f } from './formatNumber.js';
import { formatTable } from './formatTable.js';
import type { SyntheticResult } from './runSyntheticSize.js';

/** One table a series that grows a single dimension: absolute values and ratios to the series' first store. */
export function formatGrowth(axis: string, series: readonly SyntheticResult[]): string {
  const first = series[0];
  if (first === undefined) return '';
  const fixed =
    axis === 'products'
      ? `${f.count(first.interactions)} interactions`
      : `${f.count(first.products)} products`;
  return formatTable(
    `Growth with ${axis} (${fixed} and ${f.count(first.shoppers)} shoppers throughout)`,
    [
      'store',
      'train s',
      'train cpu s',
      'x',
      'peak RSS MB',
      'x',
      'model MB',
      'x',
      'train cpu µs / interaction',
    ],
    series.map((r) => [
      r.label,
      f.seconds(r.trainMs),
      f.seconds(r.trainCpuMs),
      f.ratio(r.trainCpuMs / first.trainCpuMs),
      f.megabytes(r.maxRssTrained),
      f.ratio(r.maxRssTrained / first.maxRssTrained),
      f.megabytes(r.modelBytes),
      f.ratio(r.modelBytes / first.modelBytes),
      ((r.trainCpuMs * 1000) / r.interactions).toFixed(2),
    ]),
  );
}
