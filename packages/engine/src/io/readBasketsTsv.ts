import { EngineInputError } from '../errors.js';
import type { Interaction } from '../types.js';
import { checkReadableFile, readLines } from './readLines.js';
import { createOptionalTimestampReader } from './createOptionalTimestampReader.js';

/**
 * Reads orders, one a line: `basket_id<TAB>timestamp<TAB>item|item|...`. Each item becomes a purchase whose
 * order id and user id are the basket id (a basket file names no shoppers); an item listed twice in one basket
 * is one purchase of quantity 2. Timestamps are unix seconds or `YYYY-MM-DD HH:MM:SS` in UTC; an empty
 * timestamp field means 0, and a file must not mix dated and undated baskets.
 *
 * Read lazily each time the result is iterated (see `readInteractionsTsv`); errors are `EngineInputError`s
 * naming the file and the 1-based line.
 */
export function readBasketsTsv(path: string): Iterable<Interaction> {
  checkReadableFile(path);
  return {
    *[Symbol.iterator]() {
      let baskets = 0;
      const readTimestamp = createOptionalTimestampReader('basket');
      for (const { number, text } of readLines(path)) {
        if (text.trim() === '') continue;
        const fail = (what: string): never => {
          throw new EngineInputError(`${path}:${number}: ${what}`);
        };
        const fields = text.split('\t');
        if (fields.length !== 3) {
          fail(
            `${fields.length} field${fields.length === 1 ? '' : 's'}, expected basket_id<TAB>timestamp<TAB>item|item|...`,
          );
        }
        const [basketId = '', timeText = '', itemsText = ''] = fields;
        if (basketId === '') fail('the basket id is empty');
        const timestamp = readTimestamp(timeText, number, fail);
        if (itemsText === '') fail('the basket has no items');
        const quantities = new Map<string, number>();
        itemsText.split('|').forEach((item, index) => {
          if (item === '') fail(`item ${index + 1} of the basket is empty`);
          quantities.set(item, (quantities.get(item) ?? 0) + 1);
        });
        baskets++;
        for (const [productId, quantity] of quantities) {
          yield {
            userId: basketId,
            productId,
            type: 'purchase',
            timestamp,
            quantity,
            orderId: basketId,
          } satisfies Interaction;
        }
      }
      if (baskets === 0) throw new EngineInputError(`${path}: no baskets, the file is empty`);
    },
  };
}
