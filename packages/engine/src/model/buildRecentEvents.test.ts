import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRecentEvents } from './buildRecentEvents.js';
import type { InteractionColumns } from './InteractionColumns.js';

describe('buildRecentEvents', () => {
  it("keeps each shopper's newest events, oldest first and same times in log order, like a full sort", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 4 }),
            fc.integer({ min: 0, max: 30 }),
            fc.integer({ min: 0, max: 6 }),
          ),
          { maxLength: 120 },
        ),
        fc.integer({ min: 1, max: 8 }),
        (events, size) => {
          const count = events.length;
          const columns: InteractionColumns = {
            count,
            users: Uint32Array.from(events.map(([user]) => user)),
            items: Uint32Array.from(events.map(([, item]) => item)),
            types: new Uint8Array(count),
            weights: new Float32Array(count).fill(1),
            // Few distinct times, so that ties are common.
            times: Float64Array.from(events.map(([, , time]) => time * 1000)),
            orders: new Int32Array(count).fill(-1),
            quantities: new Float32Array(count).fill(1),
            values: new Float32Array(count),
          };
          const recent = buildRecentEvents(columns, 5, size);
          for (let user = 0; user < 5; user++) {
            const expected = events
              .map(([u, item, time], e) => ({ u, item, time, e }))
              .filter(({ u }) => u === user)
              .sort((a, b) => b.time - a.time || a.e - b.e)
              .slice(0, size)
              .sort((a, b) => a.time - b.time || a.e - b.e);
            const begin = recent.start[user]!;
            const end = recent.start[user + 1]!;
            expect([...recent.items.subarray(begin, end)]).toEqual(expected.map(({ item }) => item));
            expect([...recent.times.subarray(begin, end)]).toEqual(expected.map(({ time }) => time));
          }
        },
      ),
    );
  });
});
