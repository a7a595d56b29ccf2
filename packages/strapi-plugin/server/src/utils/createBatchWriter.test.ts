import { describe, expect, it } from 'vitest';

import { createBatchWriter } from './createBatchWriter';

describe('createBatchWriter', () => {
  it('writes the items of concurrent calls in one batch, in order', async () => {
    const batches: number[][] = [];
    const writer = createBatchWriter<number>(
      async (items) => {
        batches.push(items);
      },
      { maxDelayMs: 5, maxBatch: 100 },
    );
    await Promise.all([writer.write([1, 2]), writer.write([3]), writer.write([4, 5])]);
    expect(batches).toEqual([[1, 2, 3, 4, 5]]);
  });

  it('writes at once when a batch is full and never runs two writes together', async () => {
    const batches: number[][] = [];
    let active = 0;
    let maxActive = 0;
    const writer = createBatchWriter<number>(
      async (items) => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, 2));
        batches.push(items);
        active -= 1;
      },
      { maxDelayMs: 1000, maxBatch: 2 },
    );
    await Promise.all([writer.write([1, 2]), writer.write([3, 4]), writer.write([5, 6])]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(maxActive).toBe(1);
  });

  it('rejects the callers of a failed batch and keeps writing later ones', async () => {
    let fail = true;
    const written: number[] = [];
    const writer = createBatchWriter<number>(
      async (items) => {
        if (fail) throw new Error('disk full');
        written.push(...items);
      },
      { maxDelayMs: 1, maxBatch: 10 },
    );
    await expect(writer.write([1])).rejects.toThrow('disk full');
    fail = false;
    await writer.write([2]);
    expect(written).toEqual([2]);
  });

  it('holds writes while an exclusive task runs and writes them after', async () => {
    const order: string[] = [];
    const writer = createBatchWriter<string>(
      async (items) => {
        order.push(...items);
      },
      { maxDelayMs: 1, maxBatch: 10 },
    );
    let release: () => void = () => undefined;
    const task = writer.exclusive(
      () =>
        new Promise<string>((resolve) => {
          release = () => {
            order.push('task');
            resolve('done');
          };
        }),
    );
    const write = writer.write(['event']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    release();
    await expect(task).resolves.toBe('done');
    await write;
    expect(order).toEqual(['task', 'event']);
  });
});
