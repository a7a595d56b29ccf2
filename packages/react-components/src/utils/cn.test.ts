import { describe, expect, it } from 'vitest';

import { cn } from './cn';

describe('cn', () => {
  it('joins the class names given, in order, skipping empty ones', () => {
    expect(cn('a', undefined, false, '', null, 'b c')).toBe('a b c');
    expect(cn(undefined, '')).toBeUndefined();
  });
});
