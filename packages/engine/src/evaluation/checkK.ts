import { EngineInputError } from '../errors.js';

/** Throws unless `k` is a positive integer: a cut-off of 0 or 2.5 is a caller's mistake, not a metric of 0. */
export function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new EngineInputError(`k must be a positive integer, got ${k}`);
}
