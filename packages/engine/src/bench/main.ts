#!/usr/bin/env node
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { GROWTH_SERIES, presetStore, type BenchStore } from './benchStores.js';
import { datasetsRoot } from './datasetsRoot.js';
import { forkSize } from './forkSize.js';
import { formatGrowth } from './formatGrowth.js';
import { formatMovieLens } from './formatMovieLens.js';
import { formatSynthetic } from './formatSynthetic.js';
import { parseBenchArgs } from './parseBenchArgs.js';
import { runMovieLens } from './runMovieLens.js';
import { runSyntheticSize, type SyntheticResult } from './runSyntheticSize.js';

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const print = (text: string) => process.stdout.write(`${text}\n`);

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.child !== undefined) {
    process.send?.(runSyntheticSize(args.child, log));
    return;
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  print(
    `Aisle engine benchmark: node ${process.version}, ${cpus().length} x ${cpu}, ${process.platform}/${process.arch}, ` +
      `load average ${loadAverage()} (other work on the machine inflates wall times and p99)\n`,
  );
  const script = fileURLToPath(import.meta.url);
  const measure = async (stores: readonly BenchStore[]): Promise<SyntheticResult[]> => {
    const results: SyntheticResult[] = [];
    for (const store of stores) {
      const result = await forkSize(script, store);
      if ('error' in result) {
        print(`Synthetic ${store.label}: failed: ${result.error}`);
        process.exitCode = 1;
      } else {
        results.push(result);
      }
    }
    return results;
  };

  if (args.suites.includes('movielens')) {
    log('MovieLens 100k');
    print(formatMovieLens(runMovieLens(datasetsRoot())));
  }
  if (args.suites.includes('synthetic')) {
    print(formatSynthetic(await measure(args.sizes.map(presetStore))));
  }
  if (args.suites.includes('growth')) {
    for (const { axis, stores } of GROWTH_SERIES) print(formatGrowth(axis, await measure(stores)));
  }
  print(`load average at the end: ${loadAverage()}`);
}

function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
