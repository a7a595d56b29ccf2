import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

import type { ParsedLine } from './ParsedLine';

const NUMERIC_COLUMNS = new Set(['quantity', 'price']);

/**
 * Reads a CSV file one line at a time: the first line names the columns, each later line becomes a record of
 * those columns (fields may be double-quoted, with "" for a quote; a field cannot span lines). Empty fields are
 * left out; `quantity` and `price` become numbers, and so does a `timestamp` of digits only.
 */
export async function* readCsv(input: Readable): AsyncGenerator<ParsedLine> {
  let line = 0;
  let columns: string[] | null = null;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') {
      continue;
    }
    const fields = splitCsvLine(text);
    if (fields === null) {
      yield { line, error: 'unbalanced double quotes' };
      continue;
    }
    if (columns === null) {
      columns = fields.map((field) => field.trim());
      continue;
    }
    if (fields.length !== columns.length) {
      yield { line, error: `${fields.length} fields, the header has ${columns.length}` };
      continue;
    }
    const record: Record<string, string | number> = {};
    columns.forEach((column, index) => {
      const field = fields[index] as string;
      if (field === '') {
        return;
      }
      const numeric = NUMERIC_COLUMNS.has(column) || (column === 'timestamp' && /^\d+$/.test(field));
      record[column] = numeric && field.trim() !== '' && !Number.isNaN(Number(field)) ? Number(field) : field;
    });
    yield { line, value: record };
  }
}

function splitCsvLine(text: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  if (quoted) {
    return null;
  }
  fields.push(field);
  return fields;
}
