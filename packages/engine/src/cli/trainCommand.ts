import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EngineInputError } from '../errors.js';
import { readBasketsTsv } from '../io/readBasketsTsv.js';
import { readCatalogJsonl } from '../io/readCatalogJsonl.js';
import { readInteractionsTsv } from '../io/readInteractionsTsv.js';
import { modelStats } from '../modelStats.js';
import { serializeModelParts } from '../serialize/serializeModelParts.js';
import { train } from '../train.js';
import type { CliIo } from './CliIo.js';
import { groupThousands } from './groupThousands.js';
import { readConfigFile } from './readConfigFile.js';
import { UsageError } from './UsageError.js';
import { withUsageErrors } from './withUsageErrors.js';

/** `aisle-engine train`: reads the files, trains, writes the model and prints a one-line summary. */
export function trainCommand(args: readonly string[], io: CliIo): number {
  const values = withUsageErrors('train', () =>
    parseArgs({
      args: [...args],
      strict: true,
      options: {
        interactions: { type: 'string' },
        baskets: { type: 'string' },
        catalog: { type: 'string' },
        config: { type: 'string' },
        out: { type: 'string', short: 'o' },
      },
    }),
  ).values;
  if ((values.interactions === undefined) === (values.baskets === undefined)) {
    throw new UsageError('train: give either --interactions FILE or --baskets FILE', 'train');
  }
  if (values.out === undefined) throw new UsageError('train: --out MODEL is required', 'train');

  const config = values.config === undefined ? {} : readConfigFile(values.config);
  const catalog = values.catalog === undefined ? undefined : readCatalogJsonl(values.catalog);
  const interactions =
    values.interactions !== undefined
      ? readInteractionsTsv(values.interactions)
      : readBasketsTsv(values.baskets!);
  const start = performance.now();
  const model = train(catalog, interactions, config);
  const seconds = (performance.now() - start) / 1000;
  // Written piece by piece: no model-sized buffer of fresh pages (see serializeModelParts).
  const parts = serializeModelParts(model);
  let size = 0;
  try {
    const fd = openSync(values.out, 'w');
    try {
      for (const part of parts) {
        for (let done = 0; done < part.byteLength;) done += writeSync(fd, part, done);
        size += part.byteLength;
      }
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new EngineInputError(`cannot write ${values.out}: ${(error as Error).message}`);
  }
  const stats = modelStats(model);
  const count = groupThousands;
  const skipped =
    stats.skippedInteractions > 0 ? ` (${count(stats.skippedInteractions)} skipped: not in the catalog)` : '';
  // The co-purchase λ may have been chosen from the orders: said, so that a run can be repeated with it fixed.
  const lambda = stats.orders > 0 ? ` (co-purchase λ ${stats.coPurchaseLambda})` : '';
  io.stdout.write(
    `trained on ${count(stats.interactions)} interactions${skipped}, ${count(stats.users)} users, ` +
      `${count(stats.products)} products, ${count(stats.orders)} orders${lambda} in ${seconds.toFixed(2)} s; ` +
      `wrote ${values.out} (${formatBytes(size)})\n`,
  );
  return 0;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
