import { parseTimestamp } from './parseTimestamp.js';

/**
 * Reads the optional timestamp field of a TSV file, line after line: a missing one means 0 (no time decay),
 * and a file must either date every `unit` ("line", "basket") or none, so one forgotten field cannot silently
 * put an event in 1970. `fail` throws with the file and line.
 */
export function createOptionalTimestampReader(
  unit: string,
): (timeText: string | undefined, line: number, fail: (what: string) => never) => number {
  let dated: boolean | undefined;
  let firstLine = 0;
  return (timeText, line, fail) => {
    const hasTime = timeText !== undefined && timeText !== '';
    let timestamp = 0;
    if (hasTime) {
      const parsed = parseTimestamp(timeText);
      if (typeof parsed === 'string') fail(parsed);
      timestamp = parsed as number;
    }
    if (dated === undefined) {
      dated = hasTime;
      firstLine = line;
    } else if (dated !== hasTime) {
      fail(
        hasTime
          ? `has a timestamp but line ${firstLine} has none: give every ${unit} a timestamp or none`
          : `has no timestamp but line ${firstLine} has one: give every ${unit} a timestamp or none`,
      );
    }
    return timestamp;
  };
}
