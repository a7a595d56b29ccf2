import { describe, expect, it } from 'vitest';
import { PRODUCTS, interactions } from '../__tests__/tinyStore.js';
import { train } from '../train.js';
import { serializeModel } from './serializeModel.js';
import { serializeModelParts } from './serializeModelParts.js';

describe('serializeModelParts', () => {
  it("is serializeModel's bytes in pieces, each typed array a view of the model's own memory", () => {
    const model = train(PRODUCTS, interactions());
    const parts = serializeModelParts(model);
    expect(Buffer.concat(parts)).toEqual(Buffer.from(serializeModel(model)));
    expect(parts.some((part) => part.buffer === model.behaviour.scores.buffer)).toBe(true);
    const offsets = parts.map((_, p) => parts.slice(0, p).reduce((sum, part) => sum + part.byteLength, 0));
    // Every piece after the prefix starts 8-byte aligned or is padding right after an array.
    parts.forEach((part, p) => {
      if (part.byteLength >= 8) expect(offsets[p]! % 8).toBe(0);
    });
  });
});
