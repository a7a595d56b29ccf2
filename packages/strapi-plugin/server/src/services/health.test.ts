import { train } from '@aisle/engine';
import type { EngineConfigInput, Interaction, ListReadiness } from '@aisle/engine';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CatalogFieldMapping } from '../../../shared/contracts/settings';
import type { PluginParts } from './Collaborators';
import { createHealthService } from './health';

const DAY = 86_400_000;
const NOON = Date.UTC(2026, 11, 5, 12);

interface StoredEvent {
  productId: string;
  type: string;
  at: number;
}

const NO_FIELDS: CatalogFieldMapping = {
  id: 'sku',
  title: 'name',
  price: null,
  currency: null,
  image: null,
  category: null,
  brand: null,
  tags: null,
  description: null,
  launchDate: null,
  availability: null,
};

/**
 * In-memory collaborators: a catalog of the given product ids, an events service whose buffered events reach the
 * store on `flush` (as the real writer's do), an events store answering from its rows as the SQL does, settings
 * with a field mapping and engine configuration, and a model service serving `serving` (or none).
 */
function service({
  products,
  stored = [],
  buffered = [],
  fields = {},
  engine = {},
  serving = null,
}: {
  products: string[];
  stored?: StoredEvent[];
  buffered?: StoredEvent[];
  fields?: Partial<CatalogFieldMapping>;
  engine?: EngineConfigInput;
  serving?: ReturnType<typeof train> | null;
}) {
  const rows = [...stored];
  const pending = [...buffered];
  const deps = {
    settings: { get: async () => ({ catalog: { fields: { ...NO_FIELDS, ...fields } }, engine }) },
    catalog: { get: async () => ({ products: new Map(products.map((id) => [id, { id }])) }) },
    events: {
      flush: async () => {
        rows.push(...pending.splice(0));
      },
    },
    eventsStore: {
      totals: async () => ({
        count: rows.length,
        latest: rows.length === 0 ? null : Math.max(...rows.map((row) => row.at)),
      }),
      perDayAndType: async (since: number) => {
        const counts = new Map<string, { day: number; type: string; count: number }>();
        for (const row of rows.filter((candidate) => candidate.at >= since)) {
          const day = Math.floor(row.at / DAY);
          const key = `${day}:${row.type}`;
          const entry = counts.get(key) ?? { day, type: row.type, count: 0 };
          entry.count += 1;
          counts.set(key, entry);
        }
        return [...counts.values()];
      },
      productIds: async () => [...new Set(rows.map((row) => row.productId))],
      views: async () => {
        const views = rows.filter((row) => row.type === 'view');
        return { views: views.length, viewedProducts: new Set(views.map((row) => row.productId)).size };
      },
    },
    model: {
      current: () =>
        serving === null ? null : { model: serving, summary: { version: 1, trainedAt: new Date(NOON) } },
    },
  } as unknown as Pick<PluginParts, 'catalog' | 'events' | 'eventsStore' | 'model' | 'settings'>;
  return createHealthService({ deps });
}

const event = (productId: string, type: string, at: number): StoredEvent => ({ productId, type, at });
const list = (lists: ListReadiness[], name: string) => lists.find((entry) => entry.list === name)!;
const requirement = (lists: ListReadiness[], name: string, kind: string) =>
  list(lists, name).requirements.find((entry) => entry.kind === kind)!;

/** Purchases of each product by a few shoppers in one order each, as a training reads them. */
function purchases(productIds: string[], at: number): Interaction[] {
  return productIds.flatMap((productId, index) =>
    ['s1', 's2', 's3'].map((userId) => ({
      userId,
      productId,
      type: 'purchase' as const,
      timestamp: at + index * 1000,
      orderId: `${userId}-order`,
    })),
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the health service', () => {
  it('counts events per day and type over the days asked, ending on the newest event, empty days at zero', async () => {
    const health = service({
      products: ['p1', 'p2'],
      stored: [
        event('p1', 'view', NOON - 3 * DAY),
        event('p1', 'view', NOON - 2 * DAY),
        event('p2', 'view', NOON - 2 * DAY),
        event('p2', 'purchase', NOON - 2 * DAY + 3600_000),
        event('p1', 'click', NOON),
      ],
    });
    const { events } = await health.get(3);
    expect(events.total).toBe(5);
    expect(events.latestAt).toBe('2026-12-05T12:00:00.000Z');
    // The event three days back is before the window but still counts in the total.
    expect(events.perDay).toEqual([
      { day: '2026-12-03', counts: { view: 2, click: 0, add_to_cart: 0, purchase: 1, impression: 0 } },
      { day: '2026-12-04', counts: { view: 0, click: 0, add_to_cart: 0, purchase: 0, impression: 0 } },
      { day: '2026-12-05', counts: { view: 0, click: 1, add_to_cart: 0, purchase: 0, impression: 0 } },
    ]);
  });

  it('keeps the window on the newest event when events stopped long ago', async () => {
    vi.useFakeTimers({ now: NOON + 100 * DAY, toFake: ['Date'] });
    const health = service({ products: ['p1'], stored: [event('p1', 'add_to_cart', NOON)] });
    const { events } = await health.get(2);
    expect(events.perDay.map((day) => [day.day, day.counts.add_to_cart])).toEqual([
      ['2026-12-04', 0],
      ['2026-12-05', 1],
    ]);
  });

  it('ends the window today when no event is stored', async () => {
    vi.useFakeTimers({ now: NOON, toFake: ['Date'] });
    const { events } = await service({ products: ['p1'] }).get(2);
    expect(events.total).toBe(0);
    expect(events.latestAt).toBeNull();
    expect(events.perDay.map((day) => day.day)).toEqual(['2026-12-04', '2026-12-05']);
    expect(events.perDay.every((day) => Object.values(day.counts).every((count) => count === 0))).toBe(true);
  });

  it('leaves out of the days event types that are not storefront events', async () => {
    const { events } = await service({
      products: ['p1'],
      stored: [event('p1', 'rating', NOON), event('p1', 'view', NOON)],
    }).get(1);
    expect(events.perDay).toEqual([
      { day: '2026-12-05', counts: { view: 1, click: 0, add_to_cart: 0, purchase: 0, impression: 0 } },
    ]);
  });

  it('counts the events still buffered by the writer', async () => {
    const { events } = await service({
      products: ['p1'],
      stored: [event('p1', 'view', NOON - DAY)],
      buffered: [event('p1', 'view', NOON)],
    }).get(2);
    expect(events.total).toBe(2);
    expect(events.perDay.map((day) => day.counts.view)).toEqual([1, 1]);
  });

  it('counts the catalog products with at least one event, not events on products it no longer has', async () => {
    const { products } = await service({
      products: ['p1', 'p2', 'p3', 'p4'],
      stored: [
        event('p1', 'view', NOON),
        event('p1', 'purchase', NOON),
        event('p3', 'impression', NOON),
        event('gone', 'view', NOON),
      ],
    }).get(7);
    expect(products).toEqual({ total: 4, withSignal: 2, withoutSignal: 2 });
  });

  it('without a model, reports every list as not ready and its model requirement unmet', async () => {
    const { lists } = await service({ products: ['p1', 'p2'], stored: [event('p1', 'view', NOON)] }).get(7);
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.filter((entry) => entry.status === 'ready')).toEqual([]);
    expect(lists.map((entry) => entry.requirements[0])).toEqual(
      lists.map(() => ({ kind: 'model', have: 0, need: 1 })),
    );
  });

  it("with a model, meets the model requirement and counts what the model's lists serve", async () => {
    const sold = ['p1', 'p2', 'p3', 'p4', 'p5'];
    const model = train(
      ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => ({ id, title: id })),
      purchases(sold, NOON - DAY),
    );
    const { lists } = await service({
      products: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'],
      stored: [event('p1', 'view', NOON)],
      serving: model,
    }).get(7);
    expect(lists.map((entry) => entry.requirements[0]!.have)).toEqual(lists.map(() => 1));
    expect(requirement(lists, 'best-selling', 'sold-products').have).toBe(sold.length);
    expect(list(lists, 'best-selling').status).toBe('ready');
  });

  it('reports recently viewed from the stored views', async () => {
    const { lists } = await service({
      products: ['p1', 'p2'],
      stored: [event('p1', 'view', NOON), event('p1', 'view', NOON), event('p2', 'view', NOON)],
    }).get(7);
    expect(requirement(lists, 'recently-viewed', 'views').have).toBe(3);
    expect(list(lists, 'recently-viewed').items).toBe(2);
  });

  it('marks the lists a field mapping enables, disabled while the field is not mapped', async () => {
    const unmapped = (await service({ products: ['p1'] }).get(7)).lists;
    expect(list(unmapped, 'new').status).toBe('disabled');
    expect(list(unmapped, 'similar').status).toBe('disabled');
    const mapped = (
      await service({ products: ['p1'], fields: { launchDate: 'releasedAt', tags: 'labels' } }).get(7)
    ).lists;
    expect(requirement(mapped, 'new', 'launch-date-field').have).toBe(1);
    expect(requirement(mapped, 'similar', 'content-fields').have).toBe(1);
    expect(list(mapped, 'new').status).not.toBe('disabled');
  });

  it("judges with the serving model's windows, and with the settings' only while none serves", async () => {
    const settingsWindows = { windows: { bestSellingDays: 11 } };
    const withoutModel = (await service({ products: ['p1'], engine: settingsWindows }).get(7)).lists;
    expect(requirement(withoutModel, 'best-selling', 'sold-products')).toMatchObject({ days: 11 });
    const model = train([{ id: 'p1', title: 'p1' }], purchases(['p1'], NOON), {
      windows: { bestSellingDays: 40 },
    });
    const withModel = (await service({ products: ['p1'], engine: settingsWindows, serving: model }).get(7))
      .lists;
    expect(requirement(withModel, 'best-selling', 'sold-products')).toMatchObject({ days: 40 });
  });
});
