/** 9999-12-31 23:59:59 UTC in seconds: anything later is a unit mistake (milliseconds), not a date. */
const MAX_SECONDS = 253_402_300_799;
const UNIX_SECONDS = /^\d+(\.\d+)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?$/;

/**
 * Reads a timestamp of a data file: unix seconds (fractions allowed) or `YYYY-MM-DD HH:MM:SS` in UTC (also with
 * a `T` between date and time, or the date alone for midnight). Returns milliseconds since the epoch, or a
 * sentence saying what is wrong.
 */
export function parseTimestamp(text: string): number | string {
  if (UNIX_SECONDS.test(text)) {
    const seconds = Number(text);
    if (seconds > MAX_SECONDS) {
      return `timestamp "${text}" is after the year 9999: unix seconds are expected (not milliseconds)`;
    }
    return Math.round(seconds * 1000);
  }
  const match = DATE_TIME.exec(text);
  if (match) {
    const [year, month, day, hour = 0, minute = 0, second = 0] = match
      .slice(1)
      .map((part) => Number(part ?? 0));
    const ms = Date.UTC(year!, month! - 1, day!, hour, minute, second);
    const date = new Date(ms);
    // Date.UTC rolls 2024-02-30 over to March; a round trip tells a real date from a rolled one.
    if (
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month! - 1 &&
      date.getUTCDate() === day &&
      hour < 24 &&
      minute < 60 &&
      second < 60
    ) {
      return ms;
    }
    return `timestamp "${text}" is not a real date and time`;
  }
  return `timestamp "${text}" is neither unix seconds nor YYYY-MM-DD HH:MM:SS`;
}
