/** Data lines of a CSV file (after its header) or a JSON Lines file, for the import progress bar. */
export async function countLines(file: Blob, hasHeader: boolean): Promise<number> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let lines = 0;
  for (let index = 0; index < bytes.length; index++) if (bytes[index] === 10) lines++;
  // A last line without a newline still counts.
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 10) lines++;
  return Math.max(0, lines - (hasHeader ? 1 : 0));
}
