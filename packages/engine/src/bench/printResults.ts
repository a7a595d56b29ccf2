import { formatNumber as f } from './formatNumber.js';
import { formatTable } from './formatTable.js';
import type { MovieLensResult } from './runMovieLens.js';
import type { SyntheticResult } from './runSyntheticSize.js';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const best = (values: number[]) => Math.min(...values);

/** The benchmark's tables, as text. */
export function printResults(
  movieLens: MovieLensResult | undefined,
  sizes: readonly SyntheticResult[],
): string {
  const out: string[] = [];
  if (movieLens !== undefined) {
    if ('skipped' in movieLens) {
      out.push(`MovieLens 100k: skipped: ${movieLens.skipped}\n`);
    } else {
      const { runs } = movieLens;
      const row = (name: string, pick: (run: (typeof runs)[number]) => number): string[] => {
        const values = runs.map(pick);
        return [name, f.ms(best(values)), f.ms(median(values))];
      };
      out.push(
        formatTable(
          `MovieLens 100k: ${f.count(movieLens.interactions)} ratings, ${movieLens.users} users, ` +
            `picks-for-you (limit 10) for every user, ${runs.length} runs, one process`,
          ['step', 'best ms', 'median ms'],
          [
            row('load (read and parse u.data)', (run) => run.loadMs),
            row('train', (run) => run.trainMs),
            row(`picks-for-you x ${movieLens.users}`, (run) => run.recommendMs),
            row('train + picks-for-you', (run) => run.trainMs + run.recommendMs),
            row('load + train + picks-for-you', (run) => run.totalMs),
          ],
        ),
      );
      if (movieLens.emptyLists > 0) out.push(`(${movieLens.emptyLists} users got an empty list)\n`);
    }
  }
  if (sizes.length === 0) return out.join('\n');

  out.push(
    formatTable(
      'Synthetic store: build, training and memory (each size in its own process)',
      [
        'size',
        'products',
        'shoppers',
        'interactions',
        'generate s',
        'train s',
        'gen+train s',
        'peak RSS MB',
        'live MB',
        'model MB',
        'save ms',
        'load ms',
        '1st req ms',
        'updates/s',
      ],
      sizes.map((r) => [
        r.size,
        f.count(r.products),
        f.count(r.shoppers),
        f.count(r.interactions),
        f.seconds(r.generateMs),
        f.seconds(r.trainMs),
        f.seconds(r.trainWithGenerationMs),
        f.megabytes(r.maxRssTrained),
        f.megabytes(r.liveBytesTrained),
        f.megabytes(r.modelBytes),
        f.ms(r.serializeMs),
        f.ms(r.deserializeMs),
        f.ms(r.firstRequestMs),
        f.count(r.update.used / (r.update.ms / 1000)),
      ]),
    ),
  );
  out.push(
    '"train s" = gen+train minus generate (train reads the generator); peak RSS is the process maximum after\n' +
      'training (catalog, generator, model); live = JS heap + array buffers in use after training; "1st req" is\n' +
      'the first request of a freshly deserialized model;' +
      ' updates/s is updateModel on one more day of events.\n',
  );

  const lists = sizes[0]?.latency.map((entry) => entry.list) ?? [];
  out.push(
    formatTable(
      `Synthetic store: latency per request (ms), ${f.count(sizes[0]?.latency[0]?.summary.requests ?? 0)} requests a list after a warm-up`,
      ['list', ...sizes.flatMap((r) => [`${r.size} p50`, `${r.size} p99`, 'p99 cpu', 'max', 'items'])],
      lists.map((list) => [
        list,
        ...sizes.flatMap((r) => {
          const summary = r.latency.find((entry) => entry.list === list)?.summary;
          if (summary === undefined) return ['-', '-', '-', '-', '-'];
          return [
            f.ms(summary.p50Ms),
            f.ms(summary.p99Ms),
            f.ms(summary.p99CpuMs),
            f.ms(summary.maxMs),
            summary.meanItems.toFixed(1),
          ];
        }),
      ]),
    ),
  );

  if (sizes.length > 1) {
    const rows: string[][] = [];
    for (let i = 1; i < sizes.length; i++) {
      for (const base of i > 1 ? [sizes[i - 1], sizes[0]] : [sizes[0]]) {
        const now = sizes[i] as SyntheticResult;
        const from = base as SyntheticResult;
        rows.push([
          `${now.size} / ${from.size}`,
          f.ratio(now.interactions / from.interactions),
          f.ratio(now.products / from.products),
          f.ratio(now.trainMs / from.trainMs),
          f.ratio(now.maxRssTrained / from.maxRssTrained),
          f.ratio(now.modelBytes / from.modelBytes),
          f.ratio(p50Mean(now) / p50Mean(from)),
        ]);
      }
    }
    out.push(
      formatTable(
        'Growth: how cost scales with interactions and products (ratios between sizes)',
        ['sizes', 'interactions', 'products', 'train time', 'peak RSS', 'model size', 'mean p50'],
        rows,
      ),
    );
    out.push(
      formatTable(
        'Cost per unit',
        ['size', 'train µs / interaction', 'RSS bytes / interaction', 'model bytes / product'],
        sizes.map((r) => [
          r.size,
          ((r.trainMs * 1000) / r.interactions).toFixed(2),
          f.count(r.maxRssTrained / r.interactions),
          f.count(r.modelBytes / r.products),
        ]),
      ),
    );
  }
  return out.join('\n');
}

function p50Mean(result: SyntheticResult): number {
  return result.latency.reduce((sum, entry) => sum + entry.summary.p50Ms, 0) / result.latency.length;
}
