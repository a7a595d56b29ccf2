import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Product } from '../../types.js';

/**
 * MovieLens 100k's films as a catalog (`u.item` and `u.genre`, Latin-1): the title, the first genre as the
 * category and every genre as a tag, so that the engine's text similarity has what a shop's catalog gives it.
 */
export function readMovieLensItems(folder: string): Product[] {
  const genres = readFileSync(join(folder, 'u.genre'), 'latin1')
    .split('\n')
    .filter((line) => line.includes('|'))
    .map((line) => line.split('|')[0]!);
  return readFileSync(join(folder, 'u.item'), 'latin1')
    .split('\n')
    .filter((line) => line.includes('|'))
    .map((line) => {
      const fields = line.split('|');
      const tags = genres.filter((_, g) => fields[5 + g] === '1');
      return { id: fields[0]!, title: fields[1]!, category: [tags[0] ?? 'unknown'], tags };
    });
}
