import { EngineInputError } from '../errors.js';
import type { Interaction } from '../types.js';
import { checkReadableFile, readLines } from './readLines.js';
import { createOptionalTimestampReader } from './createOptionalTimestampReader.js';

/**
 * Reads `user<TAB>item[<TAB>weight[<TAB>timestamp]]` lines (MovieLens' u.data is one) as ratings:
 * `{ type: 'rating', rating: weight }`, weight 1 when absent. Timestamps are unix seconds or
 * `YYYY-MM-DD HH:MM:SS` in UTC; a file without them is read with every timestamp 0, which turns time decay
 * off, and a file must not mix lines with and without one (the undated lines would count as decades old).
 * Blank lines, CRLF and a byte order mark are tolerated.
 *
 * The file is checked now and read lazily, line by line, each time the result is iterated, so ten million
 * lines never exist as ten million objects; errors (`data.tsv:17: weight "abc" is not a number`) are
 * `EngineInputError`s thrown while iterating.
 */
export function readInteractionsTsv(path: string): Iterable<Interaction> {
  checkReadableFile(path);
  return {
    *[Symbol.iterator]() {
      let rows = 0;
      const readTimestamp = createOptionalTimestampReader('line');
      for (const { number, text } of readLines(path)) {
        if (text.trim() === '') continue;
        const fail = (what: string): never => {
          throw new EngineInputError(`${path}:${number}: ${what}`);
        };
        const fields = text.split('\t');
        if (fields.length > 4) {
          fail(`${fields.length} fields, expected user, item, weight, timestamp (tab-separated)`);
        }
        const [userId = '', productId = '', weightText, timeText] = fields;
        if (fields.length < 2) fail('no item: expected user<TAB>item[<TAB>weight[<TAB>timestamp]]');
        if (userId === '') fail('the user is empty');
        if (productId === '') fail('the item is empty');
        let rating = 1;
        if (weightText !== undefined) {
          rating = Number(weightText);
          if (weightText.trim() === '' || !Number.isFinite(rating)) {
            fail(
              `weight "${weightText}" is not a number${number === 1 && /[a-z]/i.test(weightText) ? ' (the file must not have a header line)' : ''}`,
            );
          }
          if (rating < 0) fail(`weight ${weightText} is negative`);
        }
        const timestamp = readTimestamp(timeText, number, fail);
        rows++;
        yield { userId, productId, type: 'rating', rating, timestamp } satisfies Interaction;
      }
      if (rows === 0) throw new EngineInputError(`${path}: no interactions, the file is empty`);
    },
  };
}
