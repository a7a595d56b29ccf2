import { fork } from 'node:child_process';
import type { StoreSize } from '../synthetic/index.js';
import type { SyntheticResult } from './runSyntheticSize.js';

/**
 * Measures one synthetic size in a child process running `script --child SIZE`, so that sizes do not share a
 * heap, a JIT state or a peak-memory counter. The heap limit is raised so that a model above node's default
 * limit is measured rather than killed.
 */
export function forkSize(script: string, size: StoreSize): Promise<SyntheticResult | { error: string }> {
  return new Promise((resolve) => {
    const child = fork(script, ['--child', size], {
      execArgv: ['--max-old-space-size=8192'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: SyntheticResult | undefined;
    child.on('message', (message) => {
      result = message as SyntheticResult;
    });
    child.on('error', (error) => resolve({ error: error.message }));
    child.on('exit', (code, signal) => {
      if (result !== undefined) resolve(result);
      else resolve({ error: `the child process for ${size} ended with ${signal ?? `exit code ${code}`}` });
    });
  });
}
