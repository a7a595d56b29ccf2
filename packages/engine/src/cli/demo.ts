#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { StoreSize } from '../synthetic/storePresets.js';
import { runDemo } from './runDemo.js';

// `pnpm demo` (and `npm start` until the demo store exists). The model goes to packages/engine/.demo/, which
// git ignores; src/cli/ and dist/cli/ both sit two levels below the package and four below the repository.
const USAGE = 'usage: pnpm demo [--seed 1] [--size small|medium|large] [--out DIR]';
const repositoryRoot = fileURLToPath(new URL('../../../..', import.meta.url));

let values: { seed?: string; size?: string; out?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      seed: { type: 'string' },
      size: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  process.stderr.write(`demo: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const seed = Number(values.seed ?? 1);
if (!Number.isInteger(seed) || !['small', 'medium', 'large', undefined].includes(values.size)) {
  process.stderr.write(`demo: --seed must be an integer and --size small, medium or large\n${USAGE}\n`);
  process.exit(2);
}
try {
  runDemo(
    {
      store: { seed, size: (values.size ?? 'small') as StoreSize },
      outDir: values.out ?? fileURLToPath(new URL('../../.demo', import.meta.url)),
      showPath: (path) => {
        const inside = relative(repositoryRoot, path);
        const inRepository =
          existsSync(join(repositoryRoot, 'pnpm-workspace.yaml')) && !inside.startsWith('..');
        return inRepository ? inside : path;
      },
    },
    (text) => process.stdout.write(text),
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
