import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

import type { ParsedLine } from './ParsedLine';

/** Reads JSON Lines one line at a time (the file is never held in memory); blank lines are skipped. */
export async function* readJsonLines(input: Readable): AsyncGenerator<ParsedLine> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') {
      continue;
    }
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield { line, error: `not valid JSON (${(error as Error).message})` };
    }
  }
}
