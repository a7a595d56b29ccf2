import type { Model } from '../model/Model.js';

export const MAGIC = 'AISLEMDL';
export const ARRAY_REF = '$aisleArray';
export const TYPED_ARRAYS = {
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int32Array,
  Float32Array,
  Float64Array,
} as const;
export type TypedArrayName = keyof typeof TYPED_ARRAYS;
type AnyTypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>;

const align8 = (n: number): number => (n + 7) & ~7;

/**
 * A model as bytes: `AISLEMDL`, the header's byte length (uint32 LE), the header (JSON: every plain field, with
 * typed arrays replaced by `{ "$aisleArray": index }`), then each typed array's bytes, 8-byte aligned, so that
 * loading copies no numbers one by one.
 */
export function serializeModel(model: Model): Uint8Array {
  const arrays: AnyTypedArray[] = [];
  const descriptors: { type: TypedArrayName; offset: number; length: number }[] = [];
  const body = JSON.stringify(model, (_key, value: unknown) => {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const array = value as AnyTypedArray;
      arrays.push(array);
      return { [ARRAY_REF]: arrays.length - 1 };
    }
    return value;
  });
  let offset = 0;
  for (const array of arrays) {
    descriptors.push({ type: array.constructor.name as TypedArrayName, offset, length: array.length });
    offset = align8(offset + array.byteLength);
  }
  const header = new TextEncoder().encode(
    JSON.stringify({ arrays: descriptors, model: JSON.parse(body) as unknown }),
  );
  const dataStart = align8(12 + header.length);
  const bytes = new Uint8Array(dataStart + offset);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(8, header.length, true);
  bytes.set(header, 12);
  arrays.forEach((array, index) => {
    bytes.set(
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
      dataStart + descriptors[index]!.offset,
    );
  });
  return bytes;
}
