#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateDatasets } from './evaluateDatasets.js';
import { formatDatasetReport } from './formatDatasetReport.js';

// `pnpm evaluate`: the engine against SAR, most-popular, association rules and popularity on the public data
// sets of the shared folder, which sits beside the repository (never inside it: their licences forbid shipping).
const USAGE =
  'usage: pnpm evaluate [--json] [--k 10] [--seeds 42,7,2024]   (data: $AISLE_DATASETS or ../shared/datasets)';

let values: { json?: boolean; k?: string; seeds?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      k: { type: 'string' },
      seeds: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  process.stderr.write(`evaluate: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const k = Number(values.k ?? 10);
const seeds = (values.seeds ?? '42,7,2024').split(',').map(Number);
if (!Number.isInteger(k) || k < 1 || k > 100 || seeds.some((seed) => !Number.isInteger(seed))) {
  process.stderr.write(
    `evaluate: --k must be an integer from 1 to 100 and --seeds integers separated by commas\n${USAGE}\n`,
  );
  process.exit(2);
}

// src/evaluation/datasets/ and dist/evaluation/datasets/ are both six levels below the folder holding the checkout.
const datasetsDir =
  process.env.AISLE_DATASETS ?? fileURLToPath(new URL('../../../../../../shared/datasets', import.meta.url));
if (!existsSync(datasetsDir)) {
  process.stderr.write(
    `evaluate: no data sets at ${datasetsDir}: put movielens-100k/ and groceries/ there or set AISLE_DATASETS\n`,
  );
  process.exit(1);
}
const report = evaluateDatasets(datasetsDir, { k, seeds });
process.stdout.write(
  values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatDatasetReport(report)}\n`,
);
if (report.missing.length > 0) process.exitCode = 1;
