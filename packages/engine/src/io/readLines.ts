import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { EngineInputError } from '../errors.js';

const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

export interface Line {
  /** 1-based line number in the file. */
  number: number;
  /** The line without its end (LF or CRLF) and, on line 1, without a UTF-8 byte order mark. */
  text: string;
}

/**
 * Checks that `path` is a readable file now, so that a typo in a file name fails before any work starts,
 * not in the middle of training.
 */
export function checkReadableFile(path: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    throw new EngineInputError(`${path}: cannot read: ${describeFsError(error)}`);
  }
  if (!isFile) throw new EngineInputError(`${path}: cannot read: not a file`);
}

/**
 * The lines of a UTF-8 text file, read synchronously in 1 MiB chunks: training takes a synchronous iterable,
 * and a file of ten million lines must never be held as one string (V8 caps strings at about 512 MiB) nor as
 * an array of lines. Lines are cut on LF bytes, which never occur inside a multi-byte UTF-8 sequence.
 */
export function* readLines(path: string): Generator<Line> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new EngineInputError(`${path}: cannot read: ${describeFsError(error)}`);
  }
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let carry: Buffer = Buffer.alloc(0);
    let number = 0;
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (error) {
        throw new EngineInputError(`${path}: cannot read: ${describeFsError(error)}`);
      }
      if (read === 0) break;
      const data =
        carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      // Decoding the chunk's complete lines as one string and slicing it is several times faster than
      // decoding line by line.
      const complete = data.lastIndexOf(NEWLINE) + 1;
      const text = data.toString('utf8', 0, complete);
      let start = 0;
      for (;;) {
        const end = text.indexOf('\n', start);
        if (end < 0) break;
        number++;
        yield { number, text: cleanLine(text, start, end, number) };
        start = end + 1;
      }
      // The unfinished tail is copied, because `chunk` is overwritten by the next read.
      carry = Buffer.from(data.subarray(complete));
    }
    if (carry.length > 0) {
      number++;
      yield { number, text: cleanLine(carry.toString('utf8'), 0, undefined, number) };
    }
  } finally {
    closeSync(fd);
  }
}

function cleanLine(text: string, start: number, end: number | undefined, number: number): string {
  let line = text.slice(start, end);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (number === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
  return line;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'not a file';
  return error instanceof Error ? error.message : String(error);
}
