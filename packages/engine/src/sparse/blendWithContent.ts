import type { Neighbors } from './Neighbors.js';
import { selectTopK } from './selectTopK.js';

/**
 * Each product's behaviour neighbours with its content neighbours mixed in, the more the less behaviour the
 * product has (a product seen by d shoppers takes the share α = shrinkage / (shrinkage + d)):
 *
 *     row(i) = behaviour(i) + α_i · s · content(i) / max content(i)
 *
 * `s` is the typical strength of a well-observed product's best behaviour neighbour (the median of their
 * row maxima), so a product nobody touched gets content neighbours as strong as a typical product's best
 * behavioural ones, and one touched by hundreds keeps its behaviour almost alone. The learned weights are
 * already shrunk toward 0 where evidence is thin, so nothing is taken from them. k best kept per product.
 */
export function blendWithContent(
  behaviour: Neighbors,
  content: Neighbors,
  degree: ArrayLike<number>,
  shrinkage: number,
  k: number,
): { neighbors: Neighbors; fromContent: Uint8Array } {
  const itemCount = behaviour.start.length - 1;
  if (shrinkage <= 0 || content.items.length === 0) {
    return { neighbors: behaviour, fromContent: new Uint8Array(behaviour.items.length) };
  }
  const strength = typicalStrength(behaviour, degree, shrinkage);
  const score = new Float64Array(itemCount);
  // 1 for a neighbour that only the text brought (no behaviour weight): its reason is "similar to".
  const behaved = new Uint8Array(itemCount);
  const touched = new Uint32Array(itemCount);
  const top = new Uint32Array(Math.max(1, k));
  const start = new Uint32Array(itemCount + 1);
  let items = new Uint32Array(behaviour.items.length + content.items.length);
  let scores = new Float32Array(items.length);
  let fromContent = new Uint8Array(items.length);
  let used = 0;
  for (let item = 0; item < itemCount; item++) {
    let touchedCount = 0;
    for (let e = behaviour.start[item]!; e < behaviour.start[item + 1]!; e++) {
      const other = behaviour.items[e]!;
      if (score[other] === 0) touched[touchedCount++] = other;
      score[other]! += behaviour.scores[e]!;
      behaved[other] = 1;
    }
    const contentBegin = content.start[item]!;
    const contentEnd = content.start[item + 1]!;
    const share = shrinkage / (shrinkage + degree[item]!);
    // Content lists are best first: their first score is the row's maximum.
    const scale = contentEnd > contentBegin ? (share * strength) / content.scores[contentBegin]! : 0;
    if (scale > 0) {
      for (let e = contentBegin; e < contentEnd; e++) {
        const other = content.items[e]!;
        if (score[other] === 0) touched[touchedCount++] = other;
        score[other]! += scale * content.scores[e]!;
      }
    }
    const count = selectTopK(touched, touchedCount, score, k, top);
    for (let r = 0; r < count; r++) {
      items[used] = top[r]!;
      fromContent[used] = behaved[top[r]!] ? 0 : 1;
      scores[used++] = score[top[r]!]!;
    }
    for (let t = 0; t < touchedCount; t++) {
      score[touched[t]!] = 0;
      behaved[touched[t]!] = 0;
    }
    start[item + 1] = used;
  }
  items = items.slice(0, used);
  scores = scores.slice(0, used);
  fromContent = fromContent.slice(0, used);
  return { neighbors: { start, items, scores, support: new Float32Array(0) }, fromContent };
}

/** The median best neighbour score of the products with at least `shrinkage` shoppers (all products if none). */
function typicalStrength(behaviour: Neighbors, degree: ArrayLike<number>, shrinkage: number): number {
  const maxima: number[] = [];
  const all: number[] = [];
  for (let item = 0; item + 1 < behaviour.start.length; item++) {
    if (behaviour.start[item + 1]! === behaviour.start[item]!) continue;
    const best = behaviour.scores[behaviour.start[item]!]!;
    all.push(best);
    if (degree[item]! >= shrinkage) maxima.push(best);
  }
  const pool = maxima.length > 0 ? maxima : all;
  if (pool.length === 0) return 1;
  pool.sort((a, b) => a - b);
  return pool[pool.length >> 1]!;
}
