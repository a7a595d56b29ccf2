import { parseArgs } from 'node:util';
import { evaluateBasketRecommender } from '../evaluation/evaluateBasketRecommender.js';
import { evaluateUserRecommender } from '../evaluation/evaluateUserRecommender.js';
import { formatTable } from '../evaluation/formatTable.js';
import { groupBaskets } from '../evaluation/groupBaskets.js';
import { holdOutBaskets } from '../evaluation/holdOutBaskets.js';
import { trainEngineFrequentlyBoughtTogether } from '../evaluation/trainEngineFrequentlyBoughtTogether.js';
import { trainEnginePicksForYou } from '../evaluation/trainEnginePicksForYou.js';
import { readBasketsTsv } from '../io/readBasketsTsv.js';
import { readCatalogJsonl } from '../io/readCatalogJsonl.js';
import { readInteractionsTsv } from '../io/readInteractionsTsv.js';
import { MAX_LIMIT } from '../validateRecommendRequest.js';
import type { CliIo } from './CliIo.js';
import { readConfigFile } from './readConfigFile.js';
import { UsageError } from './UsageError.js';
import { withUsageErrors } from './withUsageErrors.js';

/** `aisle-engine evaluate`: trains on one file and measures picks-for-you (or, with --baskets, FBT) on another. */
export function evaluateCommand(args: readonly string[], io: CliIo): number {
  const values = withUsageErrors('evaluate', () =>
    parseArgs({
      args: [...args],
      strict: true,
      options: {
        train: { type: 'string' },
        test: { type: 'string' },
        k: { type: 'string' },
        json: { type: 'boolean' },
        baskets: { type: 'boolean' },
        seed: { type: 'string' },
        catalog: { type: 'string' },
        config: { type: 'string' },
      },
    }),
  ).values;
  if (values.train === undefined || values.test === undefined) {
    throw new UsageError('evaluate: --train FILE and --test FILE are required', 'evaluate');
  }
  const k = integerFlag('k', values.k, 10, 1, MAX_LIMIT);
  if (values.seed !== undefined && !values.baskets) {
    throw new UsageError(
      'evaluate: --seed chooses the held-out basket items: it goes with --baskets',
      'evaluate',
    );
  }
  const seed = integerFlag('seed', values.seed, 42, 0, 2 ** 32 - 1);
  const config = values.config === undefined ? {} : readConfigFile(values.config);
  const catalog = values.catalog === undefined ? undefined : readCatalogJsonl(values.catalog);

  if (values.baskets) {
    const train = [...readBasketsTsv(values.train)];
    const cases = holdOutBaskets(groupBaskets(readBasketsTsv(values.test)), seed);
    const result = evaluateBasketRecommender(
      train,
      cases,
      trainEngineFrequentlyBoughtTogether(config, catalog),
      k,
    );
    io.stdout.write(
      values.json
        ? `${JSON.stringify({ list: 'frequently-bought-together', seed, ...result })}\n`
        : `frequently-bought-together: ${result.baskets} test baskets with one held-out product (seed ${seed}), k = ${k}\n` +
            `${formatTable(
              ['metric', 'value'],
              [
                [`hit rate@${k}`, result.hitRate],
                [`MRR@${k}`, result.mrr],
                ['catalog coverage', result.coverage],
                ['train seconds', result.trainSeconds],
                ['recommend seconds', result.recommendSeconds],
              ],
            )}\n`,
    );
    return 0;
  }
  const train = [...readInteractionsTsv(values.train)];
  const result = evaluateUserRecommender(
    train,
    readInteractionsTsv(values.test),
    trainEnginePicksForYou(config, catalog),
    k,
  );
  io.stdout.write(
    values.json
      ? `${JSON.stringify({ list: 'picks-for-you', ...result })}\n`
      : `picks-for-you: ${result.users} test users, k = ${k}\n` +
          `${formatTable(
            ['metric', 'value'],
            [
              [`precision@${k}`, result.precision],
              [`recall@${k}`, result.recall],
              [`nDCG@${k}`, result.ndcg],
              [`MAP@${k}`, result.map],
              [`hit rate@${k}`, result.hitRate],
              ['catalog coverage', result.coverage],
              ['train seconds', result.trainSeconds],
              ['recommend seconds', result.recommendSeconds],
            ],
          )}\n`,
  );
  return 0;
}

function integerFlag(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(
      `evaluate: --${name} must be an integer from ${min} to ${max}, got "${text}"`,
      'evaluate',
    );
  }
  return value;
}
