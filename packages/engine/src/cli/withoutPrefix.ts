/** An engine error's message without its "aisle-engine: " prefix, to put a file name or line number in front. */
export function withoutPrefix(message: string): string {
  return message.replace(/^aisle-engine: /, '');
}
