import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the evaluation datasets (`movielens-100k/`, `groceries/`): `AISLE_DATASETS` when set,
 * else `../shared/datasets` beside the repository, where the project keeps them out of the repository.
 */
export function datasetsRoot(): string {
  const fromEnv = process.env.AISLE_DATASETS;
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  // This file is at packages/engine/{src,dist}/bench/: five levels up is the repository's parent.
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/datasets');
}
