/**
 * out[outAt + c] += sign · Σ_e coefficient[e] · source[rowOf[e] · stride + c] for c in from..to−1 and e in
 * begin..end−1: four source rows per pass over the output.
 */
export function combineRows(
  out: Float64Array,
  outAt: number,
  source: Float64Array,
  stride: number,
  rowOf: Uint32Array,
  coefficient: Float64Array,
  begin: number,
  end: number,
  from: number,
  to: number,
  sign: number,
): void {
  let e = begin;
  for (; e + 3 < end; e += 4) {
    const c0 = sign * coefficient[e]!;
    const c1 = sign * coefficient[e + 1]!;
    const c2 = sign * coefficient[e + 2]!;
    const c3 = sign * coefficient[e + 3]!;
    const r0 = rowOf[e]! * stride - outAt;
    const r1 = rowOf[e + 1]! * stride - outAt;
    const r2 = rowOf[e + 2]! * stride - outAt;
    const r3 = rowOf[e + 3]! * stride - outAt;
    for (let c = outAt + from; c < outAt + to; c++) {
      out[c]! += c0 * source[r0 + c]! + c1 * source[r1 + c]! + c2 * source[r2 + c]! + c3 * source[r3 + c]!;
    }
  }
  for (; e < end; e++) {
    const c0 = sign * coefficient[e]!;
    const r0 = rowOf[e]! * stride - outAt;
    for (let c = outAt + from; c < outAt + to; c++) out[c]! += c0 * source[r0 + c]!;
  }
}
