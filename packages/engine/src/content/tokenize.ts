const STOPWORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or our that the this to was were with you your'.split(
    ' ',
  ),
);
const MAX_TEXT = 10_000;

/** Lower-cased word stems of a text: letters and digits, no stopwords, a plural "s" dropped. */
export function tokenize(text: string | undefined): string[] {
  if (!text) return [];
  const words =
    text
      .slice(0, MAX_TEXT)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const tokens: string[] = [];
  for (const word of words) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    tokens.push(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return tokens;
}
