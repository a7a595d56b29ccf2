/**
 * FNV-1a, 32 bits, of a string's UTF-16 code units: a stable, well-spread choice by id (which line of an order
 * to hold out, which list a seeded shopper saw) that is the same in every process and every run.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
