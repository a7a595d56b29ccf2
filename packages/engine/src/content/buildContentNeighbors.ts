import type { CatalogIndex } from '../catalog/CatalogIndex.js';
import type { Neighbors } from '../sparse/Neighbors.js';
import { selectTopK } from '../sparse/selectTopK.js';
import { tokenize } from './tokenize.js';

/** Tokens held by more products than this do not generate candidates (they still weigh in no score). */
const MAX_POSTINGS = 1000;
/**
 * Each product looks for neighbours through its most distinctive tokens first, and stops after this many
 * postings: on a 100,000-product catalog whose categories share their words, it bounds training.
 */
const POSTINGS_PER_PRODUCT = 4000;

export interface ContentText {
  description?: string;
}

/**
 * Content-based neighbours: TF-IDF vectors of title (x2), description, category path (leaf x3, ancestors
 * x1.5), brand (x1.5) and tags (x1.5), compared by cosine through an inverted index. Needs no interactions.
 */
export function buildContentNeighbors(
  catalog: CatalogIndex,
  descriptions: (string | undefined)[],
  k: number,
): Neighbors {
  const itemCount = catalog.ids.length;
  const tokenIds = new Map<string, number>();
  const itemTokens: Map<number, number>[] = [];
  const add = (bag: Map<number, number>, token: string, weight: number): void => {
    let id = tokenIds.get(token);
    if (id === undefined) {
      id = tokenIds.size;
      tokenIds.set(token, id);
    }
    bag.set(id, (bag.get(id) ?? 0) + weight);
  };
  for (let item = 0; item < itemCount; item++) {
    const bag = new Map<number, number>();
    for (const token of tokenize(catalog.titles[item])) add(bag, token, 2);
    for (const token of tokenize(descriptions[item])) add(bag, token, 1);
    let node = catalog.productCategory[item]!;
    let weight = 3;
    while (node >= 0) {
      add(bag, `\u0000c${node}`, weight);
      weight = 1.5;
      node = catalog.categoryParent[node]!;
    }
    const brand = catalog.productBrand[item]!;
    if (brand >= 0) add(bag, `\u0000b${brand}`, 1.5);
    for (let t = catalog.productTagsStart[item]!; t < catalog.productTagsStart[item + 1]!; t++) {
      add(bag, `\u0000t${catalog.productTags[t]}`, 1.5);
    }
    itemTokens.push(bag);
  }
  const tokenCount = tokenIds.size;
  const df = new Uint32Array(tokenCount);
  for (const bag of itemTokens) for (const id of bag.keys()) df[id]!++;
  const idf = new Float64Array(tokenCount);
  for (let t = 0; t < tokenCount; t++) idf[t] = Math.log((1 + itemCount) / (1 + df[t]!)) + 1;

  // Normalized TF-IDF vectors, CSR by product, tokens sorted by weight (most distinctive first).
  const vecStart = new Uint32Array(itemCount + 1);
  for (let item = 0; item < itemCount; item++) vecStart[item + 1] = vecStart[item]! + itemTokens[item]!.size;
  const vecTokens = new Uint32Array(vecStart[itemCount]!);
  const vecWeights = new Float32Array(vecStart[itemCount]!);
  for (let item = 0; item < itemCount; item++) {
    const entries = [...itemTokens[item]!].map(([id, tf]) => [id, (1 + Math.log(tf)) * idf[id]!] as const);
    entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    let norm = 0;
    for (const [, w] of entries) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    let pos = vecStart[item]!;
    for (const [id, w] of entries) {
      vecTokens[pos] = id;
      vecWeights[pos++] = w / norm;
    }
  }
  itemTokens.length = 0;

  // Inverted index over tokens that are distinctive enough to find candidates.
  const postStart = new Uint32Array(tokenCount + 1);
  for (let t = 0; t < tokenCount; t++)
    postStart[t + 1] = postStart[t]! + (df[t]! <= MAX_POSTINGS ? df[t]! : 0);
  const postItems = new Uint32Array(postStart[tokenCount]!);
  const postWeights = new Float32Array(postStart[tokenCount]!);
  const fill = postStart.slice(0, tokenCount);
  for (let item = 0; item < itemCount; item++) {
    for (let p = vecStart[item]!; p < vecStart[item + 1]!; p++) {
      const token = vecTokens[p]!;
      if (df[token]! > MAX_POSTINGS) continue;
      postItems[fill[token]!] = item;
      postWeights[fill[token]!++] = vecWeights[p]!;
    }
  }

  const scores = new Float64Array(itemCount);
  const touched = new Uint32Array(itemCount);
  const top = new Uint32Array(k);
  const start = new Uint32Array(itemCount + 1);
  const outItems: number[] = [];
  const outScores: number[] = [];
  for (let item = 0; item < itemCount; item++) {
    let touchedCount = 0;
    let work = 0;
    for (let p = vecStart[item]!; p < vecStart[item + 1]! && work < POSTINGS_PER_PRODUCT; p++) {
      const token = vecTokens[p]!;
      const weight = vecWeights[p]!;
      work += postStart[token + 1]! - postStart[token]!;
      for (let q = postStart[token]!; q < postStart[token + 1]!; q++) {
        const other = postItems[q]!;
        if (other === item) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other]! += weight * postWeights[q]!;
      }
    }
    const count = selectTopK(touched, touchedCount, scores, k, top);
    for (let r = 0; r < count; r++) {
      outItems.push(top[r]!);
      outScores.push(scores[top[r]!]!);
    }
    start[item + 1] = outItems.length;
    for (let t = 0; t < touchedCount; t++) scores[touched[t]!] = 0;
  }
  return {
    start,
    items: Uint32Array.from(outItems),
    scores: Float32Array.from(outScores),
    support: new Float32Array(0),
  };
}
