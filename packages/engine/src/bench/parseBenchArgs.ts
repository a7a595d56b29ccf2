import { STORE_SIZES, type StoreSize } from '../synthetic/index.js';

export type BenchSuite = 'movielens' | 'synthetic';

export interface BenchArgs {
  suites: BenchSuite[];
  sizes: StoreSize[];
  /** Set in the child process that measures one synthetic size. */
  child?: StoreSize;
}

const USAGE =
  'usage: bench [--suites movielens,synthetic] [--sizes small,medium,large]\n' +
  '  --suites  the suites to run (default: both)\n' +
  '  --sizes   the synthetic store sizes to run (default: small,medium,large)';

/** Reads `--suites`, `--sizes` and the internal `--child SIZE`; a wrong argument gets the usage text. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { suites: ['movielens', 'synthetic'], sizes: [...STORE_SIZES] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const [name, inline] = flag.includes('=') ? (flag.split('=', 2) as [string, string]) : [flag, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new Error(`bench: ${name} needs a value\n${USAGE}`);
      return next;
    };
    if (name === '--sizes') args.sizes = listOf(value(), STORE_SIZES, name);
    else if (name === '--suites') args.suites = listOf(value(), ['movielens', 'synthetic'] as const, name);
    else if (name === '--child') [args.child] = listOf(value(), STORE_SIZES, name);
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
