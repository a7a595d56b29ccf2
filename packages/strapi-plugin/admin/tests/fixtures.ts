import type { EditorialList } from '../../shared/contracts/editorial-lists';
import type { DataHealth, ListHealth } from '../../shared/contracts/health';
import type { ModelSnapshotSummary, ModelStatus } from '../../shared/contracts/model';
import type { ListPerformance } from '../../shared/contracts/performance';

/** Answers of the plugin's admin routes, typed by the shared contracts, for page tests to adjust. */

export const snapshotSummary = (overrides: Partial<ModelSnapshotSummary> = {}): ModelSnapshotSummary => ({
  version: 3,
  trainedAt: '2026-06-01T10:00:00.000Z',
  durationMs: 42_000,
  products: 1000,
  users: 800,
  interactions: 100_000,
  orders: 5000,
  metrics: {
    holdoutEvents: 5000,
    users: 300,
    k: 10,
    hitRate: { 'picks-for-you': 0.21, 'best-selling': 0.08 },
  },
  ...overrides,
});

export const modelStatus = (overrides: Partial<ModelStatus> = {}): ModelStatus => ({
  current: snapshotSummary(),
  training: 'idle',
  lastFailure: null,
  events: 100_000,
  ...overrides,
});

const READY_LIST = (list: ListHealth['list'], items: number): ListHealth => ({
  list,
  status: 'ready',
  readiness: 1,
  items,
  requirements: [{ kind: 'model', have: 1, need: 1 }],
});

export const listHealth = (): ListHealth[] => [
  {
    list: 'new',
    status: 'disabled',
    readiness: 0.67,
    items: 0,
    requirements: [
      { kind: 'model', have: 1, need: 1 },
      { kind: 'launch-date-field', have: 0, need: 1 },
      { kind: 'launched-products', have: 0, need: 4, days: 90 },
    ],
  },
  READY_LIST('best-selling', 100),
  READY_LIST('trending', 24),
  READY_LIST('people-also-like', 820),
  {
    list: 'frequently-bought-together',
    status: 'not-enough-data',
    readiness: 0.75,
    items: 100,
    requirements: [
      { kind: 'model', have: 1, need: 1 },
      { kind: 'bought-together-share', have: 0.1, need: 0.2 },
    ],
  },
  READY_LIST('picks-for-you', 820),
  READY_LIST('recently-viewed', 950),
  READY_LIST('similar', 990),
];

export const dataHealth = (overrides: Partial<DataHealth> = {}): DataHealth => ({
  events: {
    total: 1234,
    latestAt: '2026-06-01T09:00:00.000Z',
    perDay: [
      { day: '2026-05-31', counts: { view: 300, click: 40, add_to_cart: 20, purchase: 10, impression: 500 } },
      { day: '2026-06-01', counts: { view: 250, click: 30, add_to_cart: 15, purchase: 9, impression: 60 } },
    ],
  },
  products: { total: 1000, withSignal: 640, withoutSignal: 360 },
  lists: listHealth(),
  ...overrides,
});

export const editorialList = (overrides: Partial<EditorialList> = {}): EditorialList => ({
  id: 1,
  slug: 'summer-picks',
  title: 'Summer picks',
  description: null,
  productIds: ['p1', 'p2', 'p3'],
  status: 'published',
  startsAt: null,
  endsAt: null,
  createdAt: '2026-05-01T10:00:00.000Z',
  updatedAt: '2026-05-02T10:00:00.000Z',
  ...overrides,
});

export const listPerformance = (list: string, overrides: Partial<ListPerformance> = {}): ListPerformance => ({
  list,
  impressions: 1000,
  clicks: 50,
  ctr: 0.05,
  addToCarts: 10,
  addToCartRate: 0.2,
  purchases: 4,
  revenue: 320,
  ...overrides,
});
