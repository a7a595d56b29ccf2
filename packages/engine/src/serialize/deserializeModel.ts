import { EngineInputError } from '../errors.js';
import { MODEL_FORMAT } from '../model/Model.js';
import type { Model } from '../model/Model.js';
import { ARRAY_REF, MAGIC, TYPED_ARRAYS } from './serializeModel.js';
import type { TypedArrayName } from './serializeModel.js';

const align8 = (n: number): number => (n + 7) & ~7;

function broken(what: string): EngineInputError {
  return new EngineInputError(`model is broken: ${what}`);
}

const REQUIRED: (keyof Model)[] = [
  'config',
  'catalog',
  'userIds',
  'history',
  'historyConsumed',
  'behaviour',
  'behaviourFromContent',
  'coPurchase',
  'coPurchaseLearned',
  'content',
  'newest',
  'counters',
  'recent',
  'live',
];

/**
 * Loads a model written by `serializeModel`; a truncated or foreign buffer gets an EngineInputError. The model's
 * arrays view one copy of the data, unless `copy` is false: then they view `bytes` itself when its data are
 * 8-byte aligned, for a caller that hands the bytes over (a file just read: its 11 MB copy of MovieLens cost
 * 30 ms of fresh pages in `aisle-engine recommend`), and must not change them afterwards.
 */
export function deserializeModel(bytes: Uint8Array, options: { copy?: boolean } = {}): Model {
  if (!(bytes instanceof Uint8Array) || bytes.length < 12) throw broken('too short to be a model');
  if (new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC)
    throw broken('not an Aisle model (bad magic)');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  if (12 + headerLength > bytes.length) throw broken('truncated header');
  let header: { arrays: { type: string; offset: number; length: number }[]; model: unknown };
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(12, 12 + headerLength)),
    );
  } catch {
    throw broken('header is not valid JSON');
  }
  if (!header || !Array.isArray(header.arrays) || typeof header.model !== 'object' || header.model === null) {
    throw broken('header has no arrays or model');
  }
  const dataStart = align8(12 + headerLength);
  // One aligned copy of the data (or the data themselves, handed over); every typed array is a view on it.
  const buffer = bytes.buffer;
  const data =
    options.copy === false && buffer instanceof ArrayBuffer && (bytes.byteOffset + dataStart) % 8 === 0
      ? new Uint8Array(buffer, bytes.byteOffset + dataStart, bytes.byteLength - dataStart)
      : bytes.slice(dataStart);
  const arrays = header.arrays.map((descriptor, index) => {
    const Constructor = TYPED_ARRAYS[descriptor.type as TypedArrayName];
    if (!Constructor) throw broken(`array ${index} has unknown type ${JSON.stringify(descriptor.type)}`);
    const { offset, length } = descriptor;
    if (
      !Number.isInteger(offset) ||
      !Number.isInteger(length) ||
      offset < 0 ||
      length < 0 ||
      offset % 8 !== 0
    ) {
      throw broken(`array ${index} has a bad offset or length`);
    }
    if (offset + length * Constructor.BYTES_PER_ELEMENT > data.length)
      throw broken(`array ${index} is truncated`);
    return new Constructor(data.buffer, data.byteOffset + offset, length);
  });
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (value[i] !== null && typeof value[i] === 'object') value[i] = resolve(value[i]);
      }
      return value;
    }
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    if (ARRAY_REF in record) {
      const array = arrays[record[ARRAY_REF] as number];
      if (!array) throw broken('a field refers to a missing array');
      return array;
    }
    for (const key of Object.keys(record)) record[key] = resolve(record[key]);
    return record;
  };
  const model = resolve(header.model) as Model;
  if (model.format !== MODEL_FORMAT) {
    throw broken(`format ${JSON.stringify(model.format)} is not ${MODEL_FORMAT}; retrain with this version`);
  }
  for (const field of REQUIRED) {
    if (model[field] === undefined || model[field] === null) throw broken(`field ${field} is missing`);
  }
  // Models trained before `ratingPower` weighed ratings linearly: their live ratings go on doing so.
  model.config.ratingPower ??= 1;
  // Snapshots written before lists kept data of their own: those lists serve nothing until the next training.
  if (typeof model.lists !== 'object' || model.lists === null) model.lists = {};
  return model;
}
