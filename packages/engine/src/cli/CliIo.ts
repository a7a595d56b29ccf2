/** Where the CLI reads and writes: the process's streams in `main.ts`, in-memory streams in tests. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}
