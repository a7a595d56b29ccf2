import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { recommend, train } from '../index.js';
import { readInteractionsTsv } from '../io/readInteractionsTsv.js';
import { measureMs } from './measureMs.js';

export interface MovieLensRun {
  loadMs: number;
  trainMs: number;
  recommendMs: number;
  totalMs: number;
  /** CPU time of train + picks-for-you. */
  trainRecommendCpuMs: number;
}

export type MovieLensResult =
  | { skipped: string }
  | { path: string; users: number; interactions: number; emptyLists: number; runs: MovieLensRun[] };

/**
 * MovieLens 100k as the CLI would serve it: read u.data, train without a catalog, then picks-for-you (limit
 * 10) for every user, `runs` times over. Each run reads the file again (from the page cache).
 */
export function runMovieLens(datasets: string, runs = 5): MovieLensResult {
  const path = join(datasets, 'movielens-100k', 'u.data');
  if (!existsSync(path))
    return {
      skipped: `MovieLens 100k not found at ${path} (set AISLE_DATASETS to the folder that holds movielens-100k/)`,
    };
  const results: MovieLensRun[] = [];
  let users: string[] = [];
  let interactions = 0;
  let emptyLists = 0;
  for (let run = 0; run < runs; run++) {
    const load = measureMs(() => [...readInteractionsTsv(path)]);
    const data = load.result;
    const seen = new Set<string>();
    for (const interaction of data) seen.add(interaction.userId);
    users = [...seen];
    interactions = data.length;
    const trained = measureMs(() => train(undefined, data));
    const served = measureMs(() => {
      let empty = 0;
      for (const userId of users) {
        if (recommend(trained.result, { list: 'picks-for-you', userId, limit: 10 }).items.length === 0)
          empty++;
      }
      return empty;
    });
    emptyLists = served.result;
    results.push({
      loadMs: load.ms,
      trainMs: trained.ms,
      recommendMs: served.ms,
      totalMs: load.ms + trained.ms + served.ms,
      trainRecommendCpuMs: trained.cpuMs + served.cpuMs,
    });
  }
  return { path, users: users.length, interactions, emptyLists, runs: results };
}
