import { EngineInputError } from '../errors.js';
import type { CliIo } from './CliIo.js';
import { evaluateCommand } from './evaluateCommand.js';
import { readVersion } from './readVersion.js';
import { recommendCommand } from './recommendCommand.js';
import { trainCommand } from './trainCommand.js';
import { COMMAND_USAGE, USAGE } from './usage.js';
import { UsageError } from './UsageError.js';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => number | Promise<number>> = {
  train: trainCommand,
  recommend: recommendCommand,
  evaluate: evaluateCommand,
};

/**
 * The `aisle-engine` command line, with its streams passed in so that tests run it in memory.
 * Returns the exit code: 0 done, 1 a file or input the engine cannot use (the message names the file and
 * line), 2 a command line it does not understand.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    const topic = command === 'help' ? args[0] : undefined;
    if (topic !== undefined && !(topic in COMMANDS))
      return usageError(io, new UsageError(`unknown command "${topic}"`));
    // Without a command the help is an answer to a mistake: on stderr, with the usage exit code.
    (command === undefined ? io.stderr : io.stdout).write(
      topic === undefined ? USAGE : `${COMMAND_USAGE[topic]}\n`,
    );
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run || !Object.hasOwn(COMMANDS, command)) {
    return usageError(
      io,
      new UsageError(command.startsWith('-') ? `unknown flag "${command}"` : `unknown command "${command}"`),
    );
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${COMMAND_USAGE[command]}\n`);
    return 0;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error);
    if (error instanceof EngineInputError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function usageError(io: CliIo, error: UsageError): number {
  const usage = error.command
    ? COMMAND_USAGE[error.command]
    : 'run "aisle-engine help" for the commands and flags';
  io.stderr.write(`aisle-engine: ${error.message}\n${usage}\n`);
  return 2;
}
