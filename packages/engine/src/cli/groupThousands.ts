/**
 * An integer written with commas between groups of three digits, as `toLocaleString('en-US')` writes it. The CLI
 * prints its counts with this instead: the first `toLocaleString` call of a process loads ICU's locale data, 22 to
 * 31 ms of every `aisle-engine train` (measured on node v20.20.2), more than writing MovieLens's summary needs.
 */
export function groupThousands(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let start = grouped.length; start < digits.length; start += 3) {
    grouped += `,${digits.slice(start, start + 3)}`;
  }
  return rounded < 0 ? `-${grouped}` : grouped;
}
