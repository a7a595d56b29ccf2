import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readInteractionsTsv } from '../../io/readInteractionsTsv.js';
import type { Interaction } from '../../types.js';
import type { BasketEvaluation } from '../evaluateBasketRecommender.js';
import { evaluateBasketRecommender } from '../evaluateBasketRecommender.js';
import type { UserEvaluation } from '../evaluateUserRecommender.js';
import { evaluateUserRecommender } from '../evaluateUserRecommender.js';
import type { ThinSeedEvaluation } from '../evaluateThinSeeds.js';
import { evaluateThinSeeds } from '../evaluateThinSeeds.js';
import { historiesAsOrders } from '../historiesAsOrders.js';
import { holdOutBaskets } from '../holdOutBaskets.js';
import { groupBaskets } from '../groupBaskets.js';
import type { BasketTrainer, SeedTrainer, UserTrainer } from '../Recommenders.js';
import { splitPerUser } from '../splitPerUser.js';
import { trainBasketPopularity } from '../trainBasketPopularity.js';
import { trainBestRule } from '../trainBestRule.js';
import { trainEngineFrequentlyBoughtTogether } from '../trainEngineFrequentlyBoughtTogether.js';
import { trainEnginePicksForYou } from '../trainEnginePicksForYou.js';
import { trainEngineSeedList } from '../trainEngineSeedList.js';
import { trainMostPopular } from '../trainMostPopular.js';
import { trainSar } from '../trainSar.js';
import { trainEaseForBaskets, trainEaseForUsers } from '../trainEaseRecommenders.js';
import { readFimiDat } from './readFimiDat.js';
import { readGroceriesCsv } from './readGroceriesCsv.js';
import { readMovieLensItems } from './readMovieLensItems.js';

export interface DatasetRun<T> {
  seed: number;
  model: string;
  result: T;
}

export interface DatasetReport {
  datasetsDir: string;
  k: number;
  seeds: number[];
  /** Absent when the folder or file is missing; `missing` says which. */
  movielens?: DatasetRun<UserEvaluation>[];
  /** MovieLens with the films as catalog: people-also-like of films few shoppers rated (see `evaluateThinSeeds`). */
  thinSeeds?: DatasetRun<ThinSeedEvaluation>[];
  /** MovieLens histories as long orders (see `historiesAsOrders`). */
  longOrders?: DatasetRun<BasketEvaluation>[];
  groceries?: DatasetRun<BasketEvaluation>[];
  fimi?: DatasetRun<BasketEvaluation>[];
  missing: string[];
}

const USER_MODELS: [string, UserTrainer][] = [
  ['aisle picks-for-you', trainEnginePicksForYou()],
  ['EASE, dense (λ 300)', trainEaseForUsers(300)],
  ['SAR (jaccard, 30-day decay)', (train) => trainSar(train)],
  ['most-popular', trainMostPopular],
];
const BASKET_MODELS: [string, BasketTrainer][] = [
  ['aisle frequently-bought-together', trainEngineFrequentlyBoughtTogether()],
  ['best rule by confidence', (train) => trainBestRule(train)],
  ['popularity', trainBasketPopularity],
];
const GROCERIES_MODELS: [string, BasketTrainer][] = [
  BASKET_MODELS[0]!,
  ['EASE, dense (λ 50)', trainEaseForBaskets(50)],
  ...BASKET_MODELS.slice(1),
];
/** Long orders want more shrinkage than short ones: EASE at the short baskets' λ and at the users' λ. */
const LONG_ORDER_MODELS: [string, BasketTrainer][] = [
  BASKET_MODELS[0]!,
  ['EASE, dense (λ 50)', trainEaseForBaskets(50)],
  ['EASE, dense (λ 300)', trainEaseForBaskets(300)],
  ...BASKET_MODELS.slice(1),
];
/** FIMI's 16,000 products: dense EASE (2 GB, a cubic inverse) does not fit; the dataset README gives its figure. */
const FIMI_MODELS = BASKET_MODELS;

/**
 * The engine against the baselines on the public data sets of `datasetsDir`:
 * - MovieLens 100k (`movielens-100k/u.data`): a 75/25 random split stratified per user for each seed;
 *   picks-for-you against SAR and most-popular;
 * - Groceries (`groceries/groceries.csv`): the first 80% of baskets train; one seeded random product of each
 *   later basket with two or more products is held out; frequently-bought-together for the rest of the basket
 *   against dense EASE, the best association rule and popularity;
 * - FIMI supermarket receipts (`retail-fimi/retail.dat`): the same protocol (the dataset README's), without
 *   dense EASE, which does not fit 16,000 products.
 * MovieLens also runs the engine with the films' titles and genres as its catalog, and dense EASE, and asks
 * people-also-like of the films fewer than 25 training shoppers rated (blend, behaviour alone, text alone); and its
 * histories stand in for long orders (`historiesAsOrders`: the first 80% of users by first rating train, one
 * random film of each later user's whole history is held out): frequently-bought-together for baskets of 20
 * to 700 lines against dense EASE, the best association rule and popularity.
 */
export function evaluateDatasets(datasetsDir: string, { k = 10, seeds = [42, 7, 2024] } = {}): DatasetReport {
  const report: DatasetReport = { datasetsDir, k, seeds, missing: [] };

  const movielensPath = join(datasetsDir, 'movielens-100k', 'u.data');
  if (existsSync(movielensPath)) {
    const ratings = [...readInteractionsTsv(movielensPath)];
    const films = existsSync(join(datasetsDir, 'movielens-100k', 'u.item'))
      ? readMovieLensItems(join(datasetsDir, 'movielens-100k'))
      : undefined;
    const models: [string, UserTrainer][] = [
      USER_MODELS[0]!,
      ...(films
        ? [
            ['aisle picks-for-you, films as catalog', trainEnginePicksForYou({}, films)] as [
              string,
              UserTrainer,
            ],
          ]
        : []),
      ...USER_MODELS.slice(1),
    ];
    report.movielens = [];
    for (const seed of seeds) {
      const { train, test } = splitPerUser(ratings, { seed, testShare: 0.25 });
      for (const [model, trainer] of models) {
        report.movielens.push({ seed, model, result: evaluateUserRecommender(train, test, trainer, k) });
      }
    }
    if (films) {
      // Where behaviour is thin the list leans on the text: it must beat both behaviour and text alone there.
      const seedModels: [string, SeedTrainer][] = [
        ['aisle people-also-like', trainEngineSeedList('people-also-like', {}, films)],
        [
          'behaviour alone (contentShrinkage 0)',
          trainEngineSeedList('people-also-like', { contentShrinkage: 0 }, films),
        ],
        ['text alone (similar)', trainEngineSeedList('similar', {}, films)],
      ];
      report.thinSeeds = [];
      for (const seed of seeds) {
        const { train, test } = splitPerUser(ratings, { seed, testShare: 0.25 });
        for (const [model, trainer] of seedModels) {
          report.thinSeeds.push({ seed, model, result: evaluateThinSeeds(train, test, trainer, { k }) });
        }
      }
    }
    const orders = historiesAsOrders(ratings);
    report.longOrders = [];
    for (const seed of seeds) {
      const cases = holdOutBaskets(orders.testBaskets, seed);
      for (const [model, trainer] of LONG_ORDER_MODELS) {
        report.longOrders.push({
          seed,
          model,
          result: evaluateBasketRecommender(orders.train, cases, trainer, k),
        });
      }
    }
  } else {
    report.missing.push(movielensPath);
  }

  const groceriesPath = join(datasetsDir, 'groceries', 'groceries.csv');
  if (existsSync(groceriesPath)) {
    const { interactions, baskets } = readGroceriesCsv(groceriesPath);
    // Orders are numbered by line, so the first 80% of lines are the orders up to that number.
    const trainCount = Math.floor(baskets * 0.8);
    const train: Interaction[] = [];
    const test: Interaction[] = [];
    for (const interaction of interactions)
      (Number(interaction.orderId) <= trainCount ? train : test).push(interaction);
    const testBaskets = groupBaskets(test);
    report.groceries = [];
    for (const seed of seeds) {
      const cases = holdOutBaskets(testBaskets, seed);
      for (const [model, trainer] of GROCERIES_MODELS) {
        report.groceries.push({ seed, model, result: evaluateBasketRecommender(train, cases, trainer, k) });
      }
    }
  } else {
    report.missing.push(groceriesPath);
  }

  const fimiPath = join(datasetsDir, 'retail-fimi', 'retail.dat');
  if (existsSync(fimiPath)) {
    // The dataset README's protocol: the first 80% of lines train (one-item baskets too), every later basket
    // of two or more distinct items is a query with one random item held out.
    const lines = readFimiDat(fimiPath);
    const trainCount = Math.floor(lines.length * 0.8);
    const train: Interaction[] = [];
    lines.slice(0, trainCount).forEach((basket, n) => {
      for (const productId of new Set(basket)) {
        train.push({ userId: String(n), orderId: String(n), productId, type: 'purchase', timestamp: 0 });
      }
    });
    report.fimi = [];
    for (const seed of seeds) {
      const cases = holdOutBaskets(lines.slice(trainCount), seed);
      for (const [model, trainer] of FIMI_MODELS) {
        report.fimi.push({ seed, model, result: evaluateBasketRecommender(train, cases, trainer, k) });
      }
    }
  } else {
    report.missing.push(fimiPath);
  }
  return report;
}
