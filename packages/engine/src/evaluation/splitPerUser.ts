import { EngineInputError } from '../errors.js';
import type { Interaction } from '../types.js';
import { createSeededRandom } from './createSeededRandom.js';

export interface SplitOptions {
  /** Share of each user's interactions held out for testing (default 0.25). */
  testShare?: number;
  /** Seed of the shuffle (default 42). */
  seed?: number;
}

/**
 * A random split stratified per user, as Microsoft Recommenders' `python_stratified_split` does it: each user's
 * interactions are shuffled with a seeded generator and the first round(n x (1 - testShare)) go to training,
 * so every user with enough history is in both halves. The order of `train` and `test` follows the input.
 */
export function splitPerUser(
  interactions: Iterable<Interaction>,
  { testShare = 0.25, seed = 42 }: SplitOptions = {},
): { train: Interaction[]; test: Interaction[] } {
  if (!(testShare > 0 && testShare < 1)) {
    throw new EngineInputError(`testShare must be between 0 and 1 (exclusive), got ${testShare}`);
  }
  const all = [...interactions];
  const byUser = new Map<string, number[]>();
  all.forEach((interaction, index) => {
    const rows = byUser.get(interaction.userId);
    if (rows) rows.push(index);
    else byUser.set(interaction.userId, [index]);
  });
  const random = createSeededRandom(seed);
  const inTest = new Uint8Array(all.length);
  for (const rows of byUser.values()) {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    const trainCount = Math.round(rows.length * (1 - testShare));
    for (let i = trainCount; i < rows.length; i++) inTest[rows[i]!] = 1;
  }
  const train: Interaction[] = [];
  const test: Interaction[] = [];
  all.forEach((interaction, index) => (inTest[index] ? test : train).push(interaction));
  return { train, test };
}
