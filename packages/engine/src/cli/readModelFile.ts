import { readFileSync } from 'node:fs';
import { EngineInputError } from '../errors.js';
import { checkReadableFile } from '../io/readLines.js';
import type { Model } from '../model/Model.js';
import { deserializeModel } from '../serialize/deserializeModel.js';
import { withoutPrefix } from './withoutPrefix.js';

/** Loads a model written by `aisle-engine train`; a missing or broken file is an error naming it. */
export function readModelFile(path: string): Model {
  checkReadableFile(path);
  try {
    // The bytes just read are nobody else's, unless Node cut a small file's from its shared pool: the model
    // views them instead of a copy.
    const bytes = readFileSync(path);
    return deserializeModel(bytes, { copy: bytes.byteLength !== bytes.buffer.byteLength });
  } catch (error) {
    if (error instanceof EngineInputError)
      throw new EngineInputError(`${path}: ${withoutPrefix(error.message)}`);
    throw error;
  }
}
