import { UsageError } from './UsageError.js';

/** Runs a `parseArgs` call, turning its errors (unknown flag, missing value, stray argument) into usage errors. */
export function withUsageErrors<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`${command}: ${message}`, command);
  }
}
