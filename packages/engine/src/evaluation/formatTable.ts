const NUMERIC = /^-?\d[\d,.]*$/;

/**
 * A plain-text table: columns padded to their widest cell, a rule under the header, numbers printed with four
 * decimals (pass counts as strings to print them whole), columns of numbers right-aligned.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toFixed(4) : cell)));
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((row) => (row[column] ?? '').length)),
  );
  const numeric = header.map(
    (_, column) => cells.length > 0 && cells.every((row) => NUMERIC.test(row[column] ?? '')),
  );
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n');
}
