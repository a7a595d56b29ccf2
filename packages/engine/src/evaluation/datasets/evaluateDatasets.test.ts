import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../io/__tests__/tempFile.js';
import { evaluateDatasets } from './evaluateDatasets.js';
import { formatDatasetReport } from './formatDatasetReport.js';

const { dir } = useTempDir();

/** Stand-ins for the real files, in their formats: ratings of 40 users, and 60 grocery baskets. */
function writeDatasets(root: string): void {
  mkdirSync(join(root, 'movielens-100k'), { recursive: true });
  mkdirSync(join(root, 'groceries'), { recursive: true });
  const ratings: string[] = [];
  for (let user = 1; user <= 40; user++) {
    for (let j = 0; j < 12; j++) {
      const item = 1 + (((user % 4) * 10 + ((j * 7 + user) % 15)) % 45);
      ratings.push(`${user}\t${item}\t${1 + ((user + j) % 5)}\t${880_000_000 + user * 1000 + j}`);
    }
  }
  writeFileSync(join(root, 'movielens-100k', 'u.data'), [...new Set(ratings)].join('\n') + '\n');
  const aisles = [
    ['whole milk', 'butter', 'yogurt'],
    ['rolls/buns', 'sausage', 'mustard'],
    ['beer', 'chips', 'soda'],
  ];
  const baskets = Array.from({ length: 60 }, (_, i) => aisles[i % 3]!.slice(0, 1 + (i % 3)).join(','));
  writeFileSync(join(root, 'groceries', 'groceries.csv'), baskets.join('\n') + '\n');
  writeFileSync(join(root, 'movielens-100k', 'u.genre'), 'unknown|0\nDrama|1\nComedy|2\n');
  const films = Array.from({ length: 45 }, (_, i) => `${i + 1}|Film ${i + 1}|||x|0|${i % 2}|${(i + 1) % 2}`);
  writeFileSync(join(root, 'movielens-100k', 'u.item'), films.join('\n') + '\n');
  mkdirSync(join(root, 'retail-fimi'), { recursive: true });
  const receipts = Array.from(
    { length: 50 },
    (_, i) => `${(i % 5) * 3} ${(i % 5) * 3 + 1} ${(i % 5) * 3 + 2} `,
  );
  writeFileSync(join(root, 'retail-fimi', 'retail.dat'), receipts.join('\n') + '\n');
}

describe('evaluateDatasets', () => {
  it('runs every model on the three data sets for each seed', () => {
    const root = join(dir, 'datasets');
    writeDatasets(root);
    const report = evaluateDatasets(root, { k: 5, seeds: [1, 2] });
    expect(report.missing).toEqual([]);
    const userModels = [
      'aisle picks-for-you',
      'aisle picks-for-you, films as catalog',
      'EASE, dense (λ 300)',
      'SAR (jaccard, 30-day decay)',
      'most-popular',
    ];
    expect(report.movielens!.map((run) => `${run.seed} ${run.model}`)).toEqual([
      ...userModels.map((model) => `1 ${model}`),
      ...userModels.map((model) => `2 ${model}`),
    ]);
    for (const { result } of report.movielens!) {
      expect(result).toMatchObject({ k: 5, users: 40 });
      expect(result.ndcg).toBeGreaterThanOrEqual(0);
      expect(result.ndcg).toBeLessThanOrEqual(1);
    }
    // Every film has fewer than 25 shoppers here: each test shopper asks each film of their history.
    expect(report.thinSeeds!.map((run) => `${run.seed} ${run.model}`)).toEqual(
      [1, 2].flatMap((seed) =>
        ['aisle people-also-like', 'behaviour alone (contentShrinkage 0)', 'text alone (similar)'].map(
          (model) => `${seed} ${model}`,
        ),
      ),
    );
    for (const { result } of report.thinSeeds!) {
      expect(result.pairs).toBe(result.byShoppers.reduce((sum, band) => sum + band.pairs, 0));
      expect(result.pairs).toBeGreaterThan(0);
      expect(result.hitRate).toBeGreaterThan(0);
      expect(result.hitRate).toBeLessThanOrEqual(1);
    }
    // Long orders: the 32 users rating first train, the 8 later ones' whole histories are asked.
    expect(report.longOrders!.map((run) => `${run.seed} ${run.model}`)).toEqual(
      [1, 2].flatMap((seed) =>
        [
          'aisle frequently-bought-together',
          'EASE, dense (λ 50)',
          'EASE, dense (λ 300)',
          'best rule by confidence',
          'popularity',
        ].map((model) => `${seed} ${model}`),
      ),
    );
    expect(report.longOrders!.every(({ result }) => result.baskets === 8 && result.k === 5)).toBe(true);
    for (const { result } of report.longOrders!) {
      expect(result.hitRate).toBeGreaterThanOrEqual(0);
      expect(result.hitRate).toBeLessThanOrEqual(1);
    }
    // 48 baskets train; of the 12 later ones, the 8 with two or more products are tested.
    expect(report.groceries!).toHaveLength(8);
    expect(report.groceries!.every(({ result }) => result.baskets === 8 && result.k === 5)).toBe(true);
    // Three disjoint aisles: every held-out product is found by the rules.
    expect(report.groceries!.find((run) => run.model === 'best rule by confidence')!.result.hitRate).toBe(1);
    expect(report.groceries!.find((run) => run.model === 'EASE, dense (λ 50)')!.result.hitRate).toBe(1);
    // FIMI: 40 receipts train, the 10 later ones of three products are tested; five disjoint triples.
    expect(report.fimi!.map((run) => run.model)).toEqual([
      'aisle frequently-bought-together',
      'best rule by confidence',
      'popularity',
      'aisle frequently-bought-together',
      'best rule by confidence',
      'popularity',
    ]);
    expect(report.fimi!.every(({ result }) => result.baskets === 10)).toBe(true);
    expect(report.fimi!.find((run) => run.model === 'aisle frequently-bought-together')!.result.hitRate).toBe(
      1,
    );

    const table = formatDatasetReport(report);
    expect(table).toMatch(
      /^MovieLens 100k, 75\/25 random split per user, 40 test users, k = 5\nmodel +seed +P@5 +R@5 +nDCG@5 +MAP@5 +HR@5 +coverage +train s +recommend s\n/,
    );
    expect(table).toMatch(/\naisle picks-for-you +mean +0\.\d{4}/);
    expect(table).toMatch(
      /\n\nMovieLens, films as catalog: people-also-like of the \d+ \(test shopper, training film with fewer than 25 shoppers\) pairs/,
    );
    expect(table).toMatch(/\ntext alone \(similar\) +mean +\d\.\d{4}/);
    expect(table).toContain(
      '\n\nMovieLens histories as long orders (20 to 700 lines), first 80% of users train, one random film held out of 8 later histories, k = 5\n',
    );
    expect(table).toContain(
      '\n\nGroceries, first 80% of baskets train, one random item held out of 8 later baskets, k = 5\n',
    );
    expect(table).toMatch(/\npopularity +mean +\d\.\d{4} /);
    expect(table).toContain(
      '\n\nFIMI supermarket receipts, first 80% of lines train, one random item held out of 10',
    );
  });

  it('says which data set is missing', () => {
    const report = evaluateDatasets(join(dir, 'nowhere'), { seeds: [1] });
    expect(report.movielens).toBeUndefined();
    expect(report.missing).toEqual([
      join(dir, 'nowhere', 'movielens-100k', 'u.data'),
      join(dir, 'nowhere', 'groceries', 'groceries.csv'),
      join(dir, 'nowhere', 'retail-fimi', 'retail.dat'),
    ]);
    expect(formatDatasetReport(report)).toBe(
      report.missing
        .map(
          (path) =>
            `missing: ${path} (set AISLE_DATASETS to the folder that holds movielens-100k/, groceries/ and retail-fimi/)`,
        )
        .join('\n\n'),
    );
  });
});
