import { Readable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import type { ParsedLine } from './ParsedLine';
import { readJsonLines } from './readJsonLines';

describe('readJsonLines', () => {
  it('parses each line and reports a broken one by its number', async () => {
    const lines: ParsedLine[] = [];
    const input = Readable.from(['{"type":"view"}\n\n{"type":', '"click"}\n{broken\n']);
    for await (const line of readJsonLines(input)) lines.push(line);
    expect(lines[0]).toEqual({ line: 1, value: { type: 'view' } });
    expect(lines[1]).toEqual({ line: 3, value: { type: 'click' } });
    expect(lines[2]).toMatchObject({ line: 4 });
    expect((lines[2] as { error: string }).error).toMatch(/^not valid JSON/);
  });
});
