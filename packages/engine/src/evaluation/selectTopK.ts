/**
 * The indexes of the `k` highest scores, best first, ties to the lower index, skipping `skip`ped indexes and
 * scores that are not above `minScore`. A bounded insertion list: O(n x k) worst case, O(n) for the usual
 * k = 10, which beats sorting every candidate for each user.
 */
export function selectTopK(
  scores: ArrayLike<number>,
  k: number,
  skip: (index: number) => boolean,
  minScore = -Infinity,
): number[] {
  const top: number[] = [];
  for (let index = 0; index < scores.length; index++) {
    const score = scores[index]!;
    if (score <= minScore) continue;
    if (top.length === k && score <= scores[top[k - 1]!]!) continue;
    if (skip(index)) continue;
    let position = top.length === k ? k - 1 : top.length;
    while (position > 0 && scores[top[position - 1]!]! < score) {
      top[position] = top[position - 1]!;
      position--;
    }
    top[position] = index;
  }
  return top;
}
