#!/usr/bin/env node
import { runCli } from './runCli.js';

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), process);
} catch (error) {
  // Anything but bad input or a bad command line is a bug: show the stack to whoever reports it.
  process.stderr.write(
    `aisle-engine: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
