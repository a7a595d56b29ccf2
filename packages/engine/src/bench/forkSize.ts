import { fork } from 'node:child_process';
import type { BenchStore } from './benchStores.js';
import type { SyntheticResult } from './runSyntheticSize.js';

/**
 * Measures one synthetic store in a child process running `script --child <store as JSON>`, so that stores
 * do not share a heap, a JIT state or a peak-memory counter. The heap limit is raised so that a model above
 * node's default limit is measured rather than killed.
 */
export function forkSize(script: string, store: BenchStore): Promise<SyntheticResult | { error: string }> {
  return new Promise((resolve) => {
    const child = fork(script, ['--child', JSON.stringify(store)], {
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
      else
        resolve({
          error: `the child process for ${store.label} ended with ${signal ?? `exit code ${code}`}`,
        });
    });
  });
}
