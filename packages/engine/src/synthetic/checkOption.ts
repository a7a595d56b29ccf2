import { EngineInputError } from '../errors.js';

/**
 * Checks a numeric option of a synthetic-store function and returns it; bad values get an error naming the
 * function and the option.
 */
export function checkOption(
  where: string,
  name: string,
  value: unknown,
  rule: { integer?: boolean; min: number; max?: number },
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new EngineInputError(`${where}: option "${name}" must be a finite number, got ${describe(value)}`);
  }
  if (rule.integer === true && !Number.isInteger(value)) {
    throw new EngineInputError(`${where}: option "${name}" must be an integer, got ${value}`);
  }
  if (value < rule.min || (rule.max !== undefined && value > rule.max)) {
    const range = rule.max === undefined ? `at least ${rule.min}` : `between ${rule.min} and ${rule.max}`;
    throw new EngineInputError(`${where}: option "${name}" must be ${range}, got ${value}`);
  }
  return value;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || value === null) return String(value);
  return typeof value === 'number' ? String(value) : typeof value;
}
