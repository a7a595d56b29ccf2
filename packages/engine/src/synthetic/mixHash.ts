/**
 * Mixes two 32-bit integers into one well-spread 32-bit unsigned integer (murmur3's finalizer). Lets the
 * generator derive per-shopper and per-product traits from a seed without storing them.
 */
export function mixHash(a: number, b: number): number {
  let h = (Math.imul(a | 0, 0x9e3779b1) ^ (b | 0)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ b, 0x27d4eb2f);
  h ^= h >>> 15;
  return h >>> 0;
}
