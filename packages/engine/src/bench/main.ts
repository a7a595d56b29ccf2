#!/usr/bin/env node
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { datasetsRoot } from './datasetsRoot.js';
import { forkSize } from './forkSize.js';
import { parseBenchArgs } from './parseBenchArgs.js';
import { printResults } from './printResults.js';
import { runMovieLens, type MovieLensResult } from './runMovieLens.js';
import { runSyntheticSize, type SyntheticResult } from './runSyntheticSize.js';

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.child !== undefined) {
    const result = runSyntheticSize(args.child, log);
    process.send?.(result);
    return;
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(
    `Aisle engine benchmark: node ${process.version}, ${cpus().length} x ${cpu}, ${process.platform}/${process.arch}, ` +
      `load average ${loadAverage()} (other work on the machine inflates wall times and p99)\n\n`,
  );
  let movieLens: MovieLensResult | undefined;
  if (args.suites.includes('movielens')) {
    log('MovieLens 100k');
    movieLens = runMovieLens(datasetsRoot());
    process.stdout.write(printResults(movieLens, []) + '\n');
  }
  if (!args.suites.includes('synthetic')) return;
  const results: SyntheticResult[] = [];
  const script = fileURLToPath(import.meta.url);
  for (const size of args.sizes) {
    const result = await forkSize(script, size);
    if ('error' in result) {
      process.stdout.write(`Synthetic ${size}: failed: ${result.error}\n`);
      process.exitCode = 1;
      continue;
    }
    results.push(result);
  }
  process.stdout.write(printResults(undefined, results) + '\n');
  process.stdout.write(`load average at the end: ${loadAverage()}\n`);
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
