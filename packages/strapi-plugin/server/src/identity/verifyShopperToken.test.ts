import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { verifyShopperToken } from './verifyShopperToken';

const SECRET = 'a-test-secret-of-the-shop';
const NOW = 1_800_000_000;

/** The contract's format, written out here independently of any signer. */
function sign(payload: unknown, secret = SECRET): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac('sha256', secret).update(`v1.${body}`).digest('base64url');
  return `v1.${body}.${signature}`;
}

describe('verifyShopperToken', () => {
  it('gives the user id of a token signed with the secret that has not expired', () => {
    expect(verifyShopperToken(sign({ sub: 'u42', exp: NOW + 600 }), SECRET, NOW)).toEqual({ userId: 'u42' });
  });

  it('names why a token cannot be used', () => {
    expect(verifyShopperToken(sign({ sub: 'u42', exp: NOW + 600 }, 'another'), SECRET, NOW)).toEqual({
      problem: 'its signature does not match',
    });
    expect(verifyShopperToken(sign({ sub: 'u42', exp: NOW - 1 }), SECRET, NOW)).toEqual({
      problem: 'it has expired',
    });
    expect(verifyShopperToken(sign({ sub: 'u42', exp: NOW + 10 * 86_400 }), SECRET, NOW)).toEqual({
      problem: 'it lives longer than 86400 seconds',
    });
    expect(verifyShopperToken(sign({ exp: NOW + 600 }), SECRET, NOW)).toEqual({
      problem: 'sub: expected the user id, 1 to 200 characters',
    });
    expect(verifyShopperToken('u42', SECRET, NOW)).toEqual({ problem: 'not a v1 shopper token' });
    // Someone else's id in a payload re-signed without the secret.
    const [version, , signature] = sign({ sub: 'u42', exp: NOW + 600 }).split('.');
    const forged = `${version}.${Buffer.from(JSON.stringify({ sub: 'u1017', exp: NOW + 600 })).toString('base64url')}.${signature}`;
    expect(verifyShopperToken(forged, SECRET, NOW)).toEqual({ problem: 'its signature does not match' });
  });
});
