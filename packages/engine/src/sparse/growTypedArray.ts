export type GrowableArray = Uint8Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** A copy of `array` with room for `capacity` elements (the new tail is zero). */
export function growTypedArray<T extends GrowableArray>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}
