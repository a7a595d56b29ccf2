/** The UTC day of a time in milliseconds, as YYYY-MM-DD. */
export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
