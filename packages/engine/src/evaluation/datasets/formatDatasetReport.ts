import { formatTable } from '../formatTable.js';
import type { DatasetReport } from './evaluateDatasets.js';

/** The evaluation report as the tables the engine's README quotes, with the mean over seeds of each model. */
export function formatDatasetReport(report: DatasetReport): string {
  const { k } = report;
  const parts: string[] = [];
  if (report.movielens) {
    const header = [
      'model',
      'seed',
      `P@${k}`,
      `R@${k}`,
      `nDCG@${k}`,
      `MAP@${k}`,
      `HR@${k}`,
      'coverage',
      'train s',
      'recommend s',
    ];
    const rows = report.movielens.map(({ seed, model, result: r }) => [
      model,
      String(seed),
      r.precision,
      r.recall,
      r.ndcg,
      r.map,
      r.hitRate,
      r.coverage,
      r.trainSeconds,
      r.recommendSeconds,
    ]);
    const users = report.movielens[0]?.result.users ?? 0;
    parts.push(
      `MovieLens 100k, 75/25 random split per user, ${users} test users, k = ${k}\n` +
        formatTable(header, [...rows, ...meanRows(rows, 2)]),
    );
  }
  if (report.thinSeeds) {
    const first = report.thinSeeds[0]?.result;
    const bands = first?.byShoppers ?? [];
    const header = [
      'model',
      'seed',
      `HR@${k}`,
      ...bands.map((band) => `${band.from}-${band.below - 1} shoppers`),
      'train s',
    ];
    const rows = report.thinSeeds.map(({ seed, model, result: r }) => [
      model,
      String(seed),
      r.hitRate,
      ...r.byShoppers.map((band) => band.hitRate),
      r.trainSeconds,
    ]);
    parts.push(
      `MovieLens, films as catalog: people-also-like of the ${first?.pairs ?? 0} (test shopper, training film with fewer than ${first?.thinBelow ?? 0} shoppers) pairs of the first seed, hit if the list (the shopper's films left out) holds a test film, k = ${k}; pairs by band: ${bands.map((band) => band.pairs).join(' / ')}\n` +
        formatTable(header, [...rows, ...meanRows(rows, 2)]),
    );
  }
  const basketTable = (runs: NonNullable<DatasetReport['groceries']>) => {
    const header = ['model', 'seed', `HR@${k}`, `MRR@${k}`, 'coverage', 'train s', 'recommend s'];
    const rows = runs.map(({ seed, model, result: r }) => [
      model,
      String(seed),
      r.hitRate,
      r.mrr,
      r.coverage,
      r.trainSeconds,
      r.recommendSeconds,
    ]);
    return formatTable(header, [...rows, ...meanRows(rows, 2)]);
  };
  if (report.longOrders) {
    const baskets = report.longOrders[0]?.result.baskets ?? 0;
    parts.push(
      `MovieLens histories as long orders (20 to 700 lines), first 80% of users train, one random film held out of ${baskets} later histories, k = ${k}\n` +
        basketTable(report.longOrders),
    );
  }
  if (report.groceries) {
    const baskets = report.groceries[0]?.result.baskets ?? 0;
    parts.push(
      `Groceries, first 80% of baskets train, one random item held out of ${baskets} later baskets, k = ${k}\n` +
        basketTable(report.groceries),
    );
  }
  if (report.fimi) {
    const baskets = report.fimi[0]?.result.baskets ?? 0;
    parts.push(
      `FIMI supermarket receipts, first 80% of lines train, one random item held out of ${baskets} later baskets, k = ${k}\n` +
        basketTable(report.fimi) +
        '\n(dense EASE, λ 50, does not fit here: 0.294 in the dataset README, by ../shared/reference/ease_fbt.py)',
    );
  }
  for (const path of report.missing) {
    parts.push(
      `missing: ${path} (set AISLE_DATASETS to the folder that holds movielens-100k/, groceries/ and retail-fimi/)`,
    );
  }
  return parts.join('\n\n');
}

/** One row per model with the mean of each numeric column over its runs (seed column "mean"). */
function meanRows(rows: (string | number)[][], firstNumeric: number): (string | number)[][] {
  const byModel = new Map<string, (string | number)[][]>();
  for (const row of rows) {
    const model = String(row[0]);
    byModel.set(model, [...(byModel.get(model) ?? []), row]);
  }
  if ([...byModel.values()].every((runs) => runs.length < 2)) return [];
  return [...byModel].map(([model, runs]) => [
    model,
    'mean',
    ...runs[0]!
      .slice(firstNumeric)
      .map((_, c) => runs.reduce((sum, run) => sum + Number(run[firstNumeric + c]), 0) / runs.length),
  ]);
}
