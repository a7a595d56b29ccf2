import { describe, expect, it } from 'vitest';
import { chooseRidgeForm } from './chooseRidgeForm.js';

describe('chooseRidgeForm', () => {
  it('takes the dual form for fewer shoppers than products (MovieLens: 943 shoppers, 1,682 films)', () => {
    expect(chooseRidgeForm(1682, 943, 76_429)).toBe('dual');
    expect(chooseRidgeForm(2000, 100, 5_000)).toBe('dual');
  });

  it('keeps the primal form for as many or more shoppers (or orders) than products', () => {
    expect(chooseRidgeForm(1682, 1682, 76_429)).toBe('primal');
    expect(chooseRidgeForm(1682, 50_000, 500_000)).toBe('primal');
    expect(chooseRidgeForm(120, 300, 3_000)).toBe('primal');
  });

  it('keeps the primal form when groups are so dense that the sparse products cost more than the cube saved', () => {
    // 1,000 groups of 1,500 of 1,600 items: nnz · (m + n/2) outweighs n³/2 − m³/2.
    expect(chooseRidgeForm(1600, 1000, 1_500_000)).toBe('primal');
  });
});
