import { createHash } from 'node:crypto';

/**
 * The variant of an A/B-tested module a shopper sees: the shopper's point in [0, 1), from a hash of the module
 * and the shopper, falls into one variant's share of the line (shares in order, summing to 100). The same shopper
 * always gets the same variant; shoppers' points are independent of the shares, so changing a split moves only
 * the shoppers between the old and the new boundary (20/80 to 30/70 moves a tenth of them), and a module's points
 * are independent of another module's, so tests on one page do not correlate.
 */
export function assignVariant<T extends { key: string; share: number }>(
  variants: readonly T[],
  testKey: string,
  shopperKey: string,
): T {
  if (variants.length === 0) throw new Error('assignVariant: a module has at least one variant');
  if (variants.length === 1) return variants[0]!;
  const point = pointOf(`${testKey}\u0000${shopperKey}`);
  const total = variants.reduce((sum, variant) => sum + variant.share, 0);
  let edge = 0;
  for (const variant of variants) {
    edge += variant.share / total;
    if (point < edge) return variant;
  }
  return variants[variants.length - 1]!;
}

/** A uniform point in [0, 1) from the first 48 bits of the text's SHA-256. */
function pointOf(text: string): number {
  const digest = createHash('sha256').update(text).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}
