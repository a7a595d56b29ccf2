/** Whether items are best first, equal scores by index: the order blocks are ranked in (then no sort is needed). */
export function isRanked(items: readonly { item: number; score: number }[]): boolean {
  for (let r = 1; r < items.length; r++) {
    const before = items[r - 1]!;
    const after = items[r]!;
    if (!(before.score > after.score || (before.score === after.score && before.item < after.item)))
      return false;
  }
  return true;
}
