import { formatNumber as f } from './formatNumber.js';
import { formatTable } from './formatTable.js';
import type { SyntheticResult } from './runSyntheticSize.js';

/** The synthetic store's tables: build, training and memory; latency per list; growth between sizes. */
export function formatSynthetic(sizes: readonly SyntheticResult[]): string {
  if (sizes.length === 0) return '';
  const out: string[] = [];
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
        'train cpu s',
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
        r.label,
        f.count(r.products),
        f.count(r.shoppers),
        f.count(r.interactions),
        f.seconds(r.generateMs),
        f.seconds(r.trainMs),
        f.seconds(r.trainCpuMs),
        f.seconds(r.trainWithGenerationMs),
        f.megabytes(r.maxRssTrained),
        f.megabytes(r.liveBytesTrained),
        f.megabytes(r.modelBytes),
        f.ms(r.serializeMs),
        f.ms(r.deserializeMs),
        f.ms(r.firstRequestMs),
        r.update === undefined ? '-' : f.count(r.update.used / (r.update.ms / 1000)),
      ]),
    ),
  );
  out.push(
    [
      '"train s" = gen+train minus generate (train reads the generator); "train cpu s" is the same difference in',
      'CPU time of the process; peak RSS is the process maximum after training (catalog, generator, model); live =',
      'JS heap + array buffers in use after training; "1st req" is the first request of a freshly deserialized',
      'model; updates/s is updateModel on one more day of events.',
      '',
    ].join('\n'),
  );

  const lists = sizes[0]?.latency.map((entry) => entry.list) ?? [];
  const requests = sizes[0]?.latency[0]?.summary.requests ?? 0;
  out.push(
    formatTable(
      `Synthetic store: latency per request (ms), ${f.count(requests)} requests a list (200 of 1,000-line baskets) after a warm-up; ` +
        '"p99 cpu" counts only the CPU time of this process',
      ['list', ...sizes.flatMap((r) => [`${r.label} p50`, 'p99', 'p99 cpu', 'max', 'items'])],
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
    const first = sizes[0] as SyntheticResult;
    out.push(
      formatTable(
        `Synthetic store: growth between sizes (ratios to ${first.label}; products and interactions grow together)`,
        [
          'size',
          'interactions',
          'products',
          'train time',
          'peak RSS',
          'model size',
          'train µs / interaction',
        ],
        sizes.map((r) => [
          r.label,
          f.ratio(r.interactions / first.interactions),
          f.ratio(r.products / first.products),
          f.ratio(r.trainMs / first.trainMs),
          f.ratio(r.maxRssTrained / first.maxRssTrained),
          f.ratio(r.modelBytes / first.modelBytes),
          ((r.trainMs * 1000) / r.interactions).toFixed(2),
        ]),
      ),
    );
  }
  return out.join('\n');
}
