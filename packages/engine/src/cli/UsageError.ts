/** A command line the CLI cannot run (unknown command or flag, missing or conflicting flags): exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to print with the message. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
