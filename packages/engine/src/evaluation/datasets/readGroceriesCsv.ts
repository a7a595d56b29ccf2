import { EngineInputError } from '../../errors.js';
import { checkReadableFile, readLines } from '../../io/readLines.js';
import type { Interaction } from '../../types.js';

/**
 * Reads the Groceries data set (one basket a line, items comma-separated, no header, no quoting) as purchases:
 * basket n (1-based, blank lines skipped) is order `n` of user `n`. The file has no time, so every timestamp
 * is 0. Returns the baskets' interactions and how many baskets there are.
 */
export function readGroceriesCsv(path: string): { interactions: Interaction[]; baskets: number } {
  checkReadableFile(path);
  const interactions: Interaction[] = [];
  let baskets = 0;
  for (const { number, text } of readLines(path)) {
    if (text.trim() === '') continue;
    baskets++;
    const orderId = String(baskets);
    const items = new Set<string>();
    text.split(',').forEach((item, index) => {
      const name = item.trim();
      if (name === '')
        throw new EngineInputError(`${path}:${number}: item ${index + 1} of the basket is empty`);
      items.add(name);
    });
    for (const productId of items) {
      interactions.push({ userId: orderId, productId, type: 'purchase', timestamp: 0, quantity: 1, orderId });
    }
  }
  if (baskets === 0) throw new EngineInputError(`${path}: no baskets, the file is empty`);
  return { interactions, baskets };
}
