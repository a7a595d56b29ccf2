import { Readable } from 'node:stream';

import { CsvError, parse } from 'csv-parse';

import type { ParsedLine } from './ParsedLine';

const NUMERIC_COLUMNS = new Set(['quantity', 'price']);
const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Reads a CSV file as shops export it, with csv-parse: the first record names the columns, each later record
 * becomes a record of those columns. Quoted fields may hold delimiters, "" for a quote, and line breaks; a UTF-8
 * byte-order mark is dropped; the delimiter (comma, semicolon or tab) is the one the header line uses most. Empty
 * fields are left out; `quantity` and `price` become numbers, and so does a `timestamp` of digits only. A record
 * is numbered by the line it starts on.
 */
export async function* readCsv(input: Readable): AsyncGenerator<ParsedLine> {
  const { head, stream } = await peek(input);
  const parser = stream.pipe(
    parse({
      bom: true,
      delimiter: sniffDelimiter(head),
      // Windows and Unix line ends, even mixed in one file.
      record_delimiter: ['\r\n', '\n'],
      relax_column_count: true,
      raw: true,
    }),
  );
  let columns: string[] | null = null;
  // The line the next record starts on, counted in the raw text (csv-parse's own count is off after a quoted
  // line break).
  let next = 1;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = next;
      next += raw.match(/\r\n|\r|\n/g)?.length ?? 0;
      if (record.length === 1 && record[0]!.trim() === '') continue;
      if (columns === null) {
        columns = record.map((field) => field.trim());
        continue;
      }
      if (record.length !== columns.length) {
        yield { line, error: `${record.length} fields, the header has ${columns.length}` };
        continue;
      }
      const value: Record<string, string | number> = {};
      columns.forEach((column, index) => {
        const field = record[index]!;
        if (field === '') return;
        const numeric = NUMERIC_COLUMNS.has(column) || (column === 'timestamp' && /^\d+$/.test(field));
        value[column] =
          numeric && field.trim() !== '' && !Number.isNaN(Number(field)) ? Number(field) : field;
      });
      yield { line, value };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The file cannot be read past this point (a quote never closed runs to its end).
    yield {
      line: next,
      error:
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'a double quote opened here is never closed'
          : `not valid CSV: ${error.message}`,
    };
  }
}

/** The delimiter the header line uses most (a comma when it has none). */
function sniffDelimiter(head: string): string {
  const header = head.split(/\r?\n/, 1)[0] ?? '';
  let best: string = DELIMITERS[0];
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

/** The start of the input (its first chunk, as text) and the whole input again as a stream. */
async function peek(input: Readable): Promise<{ head: string; stream: Readable }> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await chunks.next();
  const head = first.done ? '' : String(first.value);
  async function* replay() {
    if (first.done) return;
    yield first.value;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  return { head, stream: Readable.from(replay(), { objectMode: false }) };
}
