import { STORE_SIZES, type StoreSize } from '../synthetic/index.js';
import type { BenchStore } from './benchStores.js';

export const BENCH_SUITES = ['movielens', 'synthetic', 'growth'] as const;
export type BenchSuite = (typeof BENCH_SUITES)[number];

export interface BenchArgs {
  suites: BenchSuite[];
  sizes: StoreSize[];
  /** Set in the child process that measures one synthetic store. */
  child?: BenchStore;
}

const USAGE =
  'usage: bench [--suites movielens,synthetic,growth] [--sizes small,medium,large]\n' +
  '  --suites  the suites to run (default: all three)\n' +
  '  --sizes   the synthetic store sizes to run (default: small,medium,large)';

/** Reads `--suites`, `--sizes` and the internal `--child STORE`; a wrong argument gets the usage text. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { suites: [...BENCH_SUITES], sizes: [...STORE_SIZES] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const equals = flag.indexOf('=');
    const name = equals < 0 ? flag : flag.slice(0, equals);
    const inline = equals < 0 ? undefined : flag.slice(equals + 1);
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new Error(`bench: ${name} needs a value\n${USAGE}`);
      return next;
    };
    if (name === '--sizes') args.sizes = listOf(value(), STORE_SIZES, name);
    else if (name === '--suites') args.suites = listOf(value(), BENCH_SUITES, name);
    else if (name === '--child') args.child = JSON.parse(value()) as BenchStore;
    else if (name === '--help' || name === '-h') throw new Error(USAGE);
    else throw new Error(`bench: unknown argument "${flag}"\n${USAGE}`);
  }
  return args;
}

function listOf<T extends string>(text: string, allowed: readonly T[], flag: string): T[] {
  const values = text.split(',').map((value) => value.trim());
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new Error(`bench: ${flag} "${value}" is not one of ${allowed.join(', ')}\n${USAGE}`);
    }
  }
  return [...new Set(values)] as T[];
}
