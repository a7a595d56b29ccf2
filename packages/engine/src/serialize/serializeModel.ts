import type { Model } from '../model/Model.js';
import { serializeModelParts } from './serializeModelParts.js';

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

/**
 * A model as bytes: `AISLEMDL`, the header's byte length (uint32 LE), the header (JSON: every plain field, with
 * typed arrays replaced by `{ "$aisleArray": index }`), then each typed array's bytes, 8-byte aligned, so that
 * loading copies no numbers one by one. One buffer of `serializeModelParts`' pieces.
 */
export function serializeModel(model: Model): Uint8Array {
  const parts = serializeModelParts(model);
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
