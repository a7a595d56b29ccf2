/** One line of an import file: its number in the file, and the record it holds or why it could not be read. */
export type ParsedLine = { line: number; value: unknown } | { line: number; error: string };
