import { PassThrough, Readable, Writable } from 'node:stream';
import { runCli } from '../runCli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `stdin` as its input and collects what it writes. */
export async function runInMemory(argv: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin: Readable.from([stdin]),
    stdout: new Writable({
      write(chunk: Buffer, _encoding, done) {
        stdout += chunk.toString();
        done();
      },
    }),
    stderr: new Writable({
      write(chunk: Buffer, _encoding, done) {
        stderr += chunk.toString();
        done();
      },
    }),
  });
  return { code, stdout, stderr };
}

/** A stdin the test writes to line by line, and a stdout whose lines the test can wait for. */
export function interactiveIo(): {
  stdin: PassThrough;
  stdout: Writable;
  stderr: Writable;
  nextLine: () => Promise<string>;
} {
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let partial = '';
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      partial += chunk.toString();
      let end: number;
      while ((end = partial.indexOf('\n')) >= 0) {
        const line = partial.slice(0, end);
        partial = partial.slice(end + 1);
        const waiter = waiting.shift();
        if (waiter) waiter(line);
        else lines.push(line);
      }
      done();
    },
  });
  return {
    stdin: new PassThrough(),
    stdout,
    stderr: new Writable({ write: (_chunk, _encoding, done) => done() }),
    nextLine: () => {
      const line = lines.shift();
      return line !== undefined ? Promise.resolve(line) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}
