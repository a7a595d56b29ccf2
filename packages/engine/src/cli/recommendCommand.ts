import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { EngineInputError } from '../errors.js';
import { recommend } from '../recommend.js';
import { validateRecommendRequest } from '../validateRecommendRequest.js';
import type { CliIo } from './CliIo.js';
import { readModelFile } from './readModelFile.js';
import { UsageError } from './UsageError.js';
import { withoutPrefix } from './withoutPrefix.js';
import { withUsageErrors } from './withUsageErrors.js';

/**
 * `aisle-engine recommend`: one JSON request a line on stdin, one JSON answer a line on stdout, in order and as
 * each line arrives (a pipe can hold the process open and read answers one by one). Blank lines are skipped;
 * a malformed line gets `{"error": "line N: ..."}` and the next lines go on.
 */
export async function recommendCommand(args: readonly string[], io: CliIo): Promise<number> {
  const values = withUsageErrors('recommend', () =>
    parseArgs({ args: [...args], strict: true, options: { model: { type: 'string', short: 'm' } } }),
  ).values;
  if (values.model === undefined) throw new UsageError('recommend: --model MODEL is required', 'recommend');
  const model = readModelFile(values.model);
  // Basket ids the model does not know are skipped by the engine; the answer names them, as the storefront API does.
  const known = new Set(model.catalog.ids);

  const write = (text: string): Promise<void> | undefined =>
    io.stdout.write(text) ? undefined : new Promise((resolve) => io.stdout.once('drain', () => resolve()));
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let number = 0;
  for await (const raw of lines) {
    number++;
    const line = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let answer: string;
    try {
      let request: unknown;
      try {
        request = JSON.parse(line);
      } catch (error) {
        throw new EngineInputError(`bad JSON: ${(error as Error).message}`);
      }
      const valid = validateRecommendRequest(request);
      const { items } = recommend(model, valid);
      const unknownIds = [...new Set(valid.basket?.filter((id) => !known.has(id)))];
      answer = JSON.stringify({
        items: items.map(({ id, score, reasons, source }) => ({ id, score, reasons, source })),
        ...(unknownIds.length > 0 && { unknownIds }),
      });
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error;
      answer = JSON.stringify({ error: `line ${number}: ${withoutPrefix(error.message)}` });
    }
    await write(`${answer}\n`);
  }
  return 0;
}
