import { describe, expect, it } from 'vitest';

import type { RequestContext } from './RequestContext';
import { readJsonBody } from './readJsonBody';

const context = (body: unknown, length?: number) => ({ request: { body, length } }) as RequestContext;

describe('readJsonBody', () => {
  it('returns a parsed JSON body, and parses one sent as text', () => {
    expect(readJsonBody(context({ a: 1 }), 100, 'the query')).toEqual({ a: 1 });
    expect(readJsonBody(context('{"a":1}'), 100, 'the query')).toEqual({ a: 1 });
  });

  it('refuses text that is not JSON with 400 naming the body', () => {
    expect(() => readJsonBody(context('{"a":'), 100, 'the query')).toThrow(
      expect.objectContaining({ name: 'ValidationError', message: 'body: not valid JSON' }),
    );
  });

  it('refuses a body over the limit with 413 naming its size, by Content-Length or by its own size', () => {
    expect(() => readJsonBody(context({}, 101), 100, 'the query')).toThrow(
      expect.objectContaining({
        name: 'PayloadTooLargeError',
        message: 'the query is 101 bytes, more than 100',
      }),
    );
    expect(() => readJsonBody(context('x'.repeat(101)), 100, 'the batch')).toThrow(
      'the batch is 101 bytes, more than 100',
    );
    expect(() => readJsonBody(context({ a: 'é'.repeat(50) }), 100, 'the batch')).toThrow(
      'the batch is 108 bytes, more than 100',
    );
  });
});
