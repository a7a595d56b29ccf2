import { readFileSync } from 'node:fs';
import { resolveConfig } from '../config/resolveConfig.js';
import { EngineInputError } from '../errors.js';
import { checkReadableFile } from '../io/readLines.js';
import type { EngineConfigInput } from '../types.js';
import { withoutPrefix } from './withoutPrefix.js';

/** Reads and checks an engine configuration in JSON; errors name the file. */
export function readConfigFile(path: string): EngineConfigInput {
  checkReadableFile(path);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new EngineInputError(`${path}: bad JSON: ${(error as Error).message}`);
  }
  try {
    resolveConfig(value as EngineConfigInput);
  } catch (error) {
    if (error instanceof EngineInputError)
      throw new EngineInputError(`${path}: ${withoutPrefix(error.message)}`);
    throw error;
  }
  return value as EngineConfigInput;
}
