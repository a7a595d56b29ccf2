import { formatNumber as f } from './formatNumber.js';
import { formatTable } from './formatTable.js';
import type { MovieLensResult, MovieLensRun } from './runMovieLens.js';

/** The MovieLens table: best and median of the runs, step by step. */
export function formatMovieLens(result: MovieLensResult): string {
  if ('skipped' in result) return `MovieLens 100k: skipped: ${result.skipped}\n`;
  const { runs } = result;
  const row = (name: string, pick: (run: MovieLensRun) => number): string[] => {
    const values = runs.map(pick).sort((a, b) => a - b);
    const middle = Math.floor(values.length / 2);
    const median =
      values.length % 2 === 1
        ? (values[middle] as number)
        : ((values[middle - 1] as number) + (values[middle] as number)) / 2;
    return [name, f.ms(values[0] as number), f.ms(median)];
  };
  const table = formatTable(
    `MovieLens 100k: ${f.count(result.interactions)} ratings, ${result.users} users, ` +
      `picks-for-you (limit 10) for every user, ${runs.length} runs in one process`,
    ['step', 'best ms', 'median ms'],
    [
      row('load (read and parse u.data)', (run) => run.loadMs),
      row('train', (run) => run.trainMs),
      row(`picks-for-you x ${result.users}`, (run) => run.recommendMs),
      row('train + picks-for-you', (run) => run.trainMs + run.recommendMs),
      row('train + picks-for-you, CPU time', (run) => run.trainRecommendCpuMs),
      row('load + train + picks-for-you', (run) => run.totalMs),
    ],
  );
  return result.emptyLists > 0 ? `${table}(${result.emptyLists} users got an empty list)\n` : table;
}
