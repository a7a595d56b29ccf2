import { readFileSync } from 'node:fs';
import { EngineInputError } from '../../errors.js';

/**
 * The FIMI "retail.dat" receipts: one basket a line, item ids separated by spaces, in the file's order (the
 * only order there is). Blank lines are skipped; an id that is not a run of digits is an error naming the line.
 */
export function readFimiDat(path: string): string[][] {
  const baskets: string[][] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      const ids = line.trim().split(/\s+/).filter(Boolean);
      if (ids.length === 0) return;
      const bad = ids.find((id) => !/^\d+$/.test(id));
      if (bad !== undefined)
        throw new EngineInputError(`${path}:${n + 1}: item id ${JSON.stringify(bad)} is not a number`);
      baskets.push(ids);
    });
  return baskets;
}
