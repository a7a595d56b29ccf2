import { EngineInputError } from '../errors.js';
import type { Interaction } from '../types.js';
import type { UserRecommender } from './Recommenders.js';
import { selectTopK } from './selectTopK.js';

const DAY_MS = 86_400_000;
/** The item-to-item matrix is dense: n^2 floats. 10,000 products take 400 MB, which is where a baseline stops. */
const MAX_ITEMS = 10_000;

export interface SarOptions {
  /** Half-life of the user affinity in days (default 30, Microsoft Recommenders' example); 0 turns decay off. */
  halfLifeDays?: number;
  /** Pairs seen by fewer users get similarity 0 (default 1). */
  threshold?: number;
}

/**
 * The SAR baseline as Microsoft Recommenders implements it (`SARSingleNode`, jaccard similarity, time decay):
 * - co-occurrence C[i][j] = users who interacted with both i and j (each user counted once);
 * - similarity S[i][j] = C[i][j] / (C[i][i] + C[j][j] - C[i][j]) (jaccard), 0 below `threshold`;
 * - affinity A[u][i] = sum of the user's ratings of i x 2^(-(T - t) / half-life), T the newest timestamp;
 * - score = A x S, the user's training items removed, top k (ties to the product seen first).
 */
export function trainSar(
  train: readonly Interaction[],
  { halfLifeDays = 30, threshold = 1 }: SarOptions = {},
): UserRecommender {
  const itemIndex = new Map<string, number>();
  const userIndex = new Map<string, number>();
  let newest = -Infinity;
  for (const { userId, productId, timestamp } of train) {
    if (!itemIndex.has(productId)) itemIndex.set(productId, itemIndex.size);
    if (!userIndex.has(userId)) userIndex.set(userId, userIndex.size);
    if (timestamp > newest) newest = timestamp;
  }
  const n = itemIndex.size;
  if (n > MAX_ITEMS)
    throw new EngineInputError(
      `the SAR baseline holds a dense matrix: at most ${MAX_ITEMS} products, got ${n}`,
    );
  const itemIds = [...itemIndex.keys()];

  const halfLife = halfLifeDays * DAY_MS;
  const affinity: Map<number, number>[] = Array.from({ length: userIndex.size }, () => new Map());
  for (const interaction of train) {
    const rating = interaction.rating ?? interaction.weight ?? 1;
    const decay = halfLife > 0 ? Math.pow(2, -(newest - interaction.timestamp) / halfLife) : 1;
    const row = affinity[userIndex.get(interaction.userId)!]!;
    const item = itemIndex.get(interaction.productId)!;
    row.set(item, (row.get(item) ?? 0) + rating * decay);
  }

  const counts = new Float32Array(n * n);
  for (const row of affinity) {
    const items = [...row.keys()];
    for (const i of items) for (const j of items) counts[i * n + j]!++;
  }
  const similarity = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const both = counts[i * n + j]!;
      if (both < threshold || both === 0) continue;
      similarity[i * n + j] = both / (counts[i * n + i]! + counts[j * n + j]! - both);
    }
  }

  const scores = new Float64Array(n);
  return (userId, k) => {
    const user = userIndex.get(userId);
    if (user === undefined) return [];
    const row = affinity[user]!;
    scores.fill(0);
    for (const [i, weight] of row) {
      const offset = i * n;
      for (let j = 0; j < n; j++) scores[j]! += weight * similarity[offset + j]!;
    }
    return selectTopK(scores, k, (item) => row.has(item)).map((item) => itemIds[item]!);
  };
}
