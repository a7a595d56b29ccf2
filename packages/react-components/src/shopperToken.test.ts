import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { createShopperToken } from './shopperToken';

describe('createShopperToken', () => {
  it('signs the user id and its expiry in the contract format, at most a day ahead', () => {
    const token = createShopperToken({
      secret: 'shop-secret-0123456789',
      userId: 'u42',
      now: 1000,
      ttlSeconds: 10 ** 6,
    });
    const [version, body, signature] = token.split('.');
    expect(version).toBe('v1');
    expect(JSON.parse(Buffer.from(body!, 'base64url').toString())).toEqual({
      sub: 'u42',
      exp: 1000 + 86_400,
    });
    expect(signature).toBe(
      createHmac('sha256', 'shop-secret-0123456789').update(`v1.${body}`).digest('base64url'),
    );
  });

  it('refuses a short secret', () => {
    expect(() => createShopperToken({ secret: 'short', userId: 'u1' })).toThrow('at least 16 characters');
  });
});
