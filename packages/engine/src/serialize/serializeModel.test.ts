import { describe, expect, it } from 'vitest';
import { PRODUCTS, interactions, NOW } from '../__tests__/tinyStore.js';
import { LIST_NAMES } from '../lists/listRegistry.js';
import { recommend } from '../recommend.js';
import { train } from '../train.js';
import { updateModel } from '../updateModel.js';
import { deserializeModel } from './deserializeModel.js';
import { serializeModel } from './serializeModel.js';

describe('serializeModel / deserializeModel', () => {
  const model = train(PRODUCTS, interactions());

  it('a loaded model answers every list exactly as the trained one', () => {
    const loaded = deserializeModel(serializeModel(model));
    for (const list of LIST_NAMES) {
      const request = { list, productId: 'tent', basket: ['bag'], userId: 'shopper', limit: 20 };
      expect(recommend(loaded, request)).toEqual(recommend(model, request));
    }
  });

  it('a loaded model keeps taking incremental updates', () => {
    const loaded = deserializeModel(serializeModel(model));
    updateModel(loaded, [{ userId: 'new-session', productId: 'mug', type: 'view', timestamp: NOW }]);
    expect(
      recommend(loaded, { list: 'recently-viewed', userId: 'new-session' }).items.map((i) => i.id),
    ).toEqual(['mug']);
  });

  it('gives a model trained before ratingPower existed linear ratings, as it had', () => {
    const older = deserializeModel(serializeModel(model));
    delete (older.config as Partial<typeof older.config>).ratingPower;
    const loaded = deserializeModel(serializeModel(older));
    expect(loaded.config.ratingPower).toBe(1);
    expect(deserializeModel(serializeModel(model)).config.ratingPower).toBe(0.5);
  });

  it('survives a byte-copy at an odd offset (as read from a file or a database)', () => {
    const bytes = serializeModel(model);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const loaded = deserializeModel(shifted.subarray(3));
    expect(loaded.catalog.ids).toEqual(model.catalog.ids);
  });

  it('views bytes handed over (copy: false) when aligned, and copies them otherwise', () => {
    const bytes = serializeModel(model);
    const viewing = deserializeModel(bytes, { copy: false });
    expect(viewing.behaviour.scores.buffer).toBe(bytes.buffer);
    const request = { list: 'picks-for-you' as const, userId: 'shopper', limit: 20 };
    expect(recommend(viewing, request)).toEqual(recommend(model, request));
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(deserializeModel(shifted.subarray(3), { copy: false }).behaviour.scores.buffer).not.toBe(
      shifted.buffer,
    );
  });

  it('refuses broken buffers with a clear error', () => {
    const bytes = serializeModel(model);
    expect(() => deserializeModel(new Uint8Array(4))).toThrow(
      'aisle-engine: model is broken: too short to be a model',
    );
    expect(() => deserializeModel(new TextEncoder().encode('{"not":"a model"}'))).toThrow('bad magic');
    expect(() => deserializeModel(bytes.subarray(0, 40))).toThrow('truncated header');
    expect(() => deserializeModel(bytes.subarray(0, bytes.length - 64))).toThrow(/is truncated/);
    const corrupt = bytes.slice();
    corrupt[12] = 0x78;
    expect(() => deserializeModel(corrupt)).toThrow('header is not valid JSON');
    const renamed = bytes.slice();
    renamed.set(new TextEncoder().encode('{"arrayz'), 12);
    expect(() => deserializeModel(renamed)).toThrow('header has no arrays or model');
  });
});
