/** Square blocks: 32 x 32 doubles of the source and of the target stay in the L1 cache. */
const BLOCK = 32;

/** out (cols x rows) = the transpose of a (rows x cols), by square blocks. */
export function transpose(a: Float64Array, rows: number, cols: number, out: Float64Array): void {
  for (let r0 = 0; r0 < rows; r0 += BLOCK) {
    const r1 = Math.min(r0 + BLOCK, rows);
    for (let c0 = 0; c0 < cols; c0 += BLOCK) {
      const c1 = Math.min(c0 + BLOCK, cols);
      for (let r = r0; r < r1; r++) {
        for (let c = c0; c < c1; c++) out[c * rows + r] = a[r * cols + c]!;
      }
    }
  }
}
