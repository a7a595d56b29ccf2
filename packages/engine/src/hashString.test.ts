import { describe, expect, it } from 'vitest';
import { hashString } from './hashString.js';

describe('hashString', () => {
  it("is FNV-1a's 32 bits (the published test vectors)", () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
});
