import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { ImportJob } from '../../../shared/contracts/imports';
import type { ModelStatus } from '../../../shared/contracts/model';
import type { TrainingRecord } from '../../../shared/contracts/snapshots';
import { dataHealth, modelStatus, snapshotSummary } from '../../tests/fixtures';
import { renderPage } from '../../tests/renderPage';
import { ModelPage } from './ModelPage';

const record = (overrides: Partial<TrainingRecord> = {}): TrainingRecord => ({
  id: 7,
  version: 3,
  status: 'ready',
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
    baskets: { orders: 420, hitRate: { 'frequently-bought-together': 0.305, 'best-selling': 0.04 } },
  },
  error: null,
  serving: true,
  ...overrides,
});

const handlers = ({
  model = () => modelStatus(),
  health = dataHealth(),
  history = [
    record(),
    record({
      id: 5,
      version: 2,
      serving: false,
      interactions: 20_000,
      metrics: { holdoutEvents: 900, users: 120, k: 10, hitRate: { 'picks-for-you': 0.3 }, baskets: null },
    }),
    record({
      id: 6,
      status: 'failed',
      version: 0,
      metrics: null,
      error: 'worker ran out of memory',
      serving: false,
    }),
  ],
}: {
  model?: () => ModelStatus;
  health?: ReturnType<typeof dataHealth>;
  history?: TrainingRecord[];
} = {}) => [
  http.get('/recommendations/model', () => HttpResponse.json({ data: model() })),
  http.get('/recommendations/health', () => HttpResponse.json({ data: health })),
  http.get('/recommendations/snapshots', () => HttpResponse.json({ data: history })),
];

describe('ModelPage', () => {
  it('shows the serving model, the data health, the readiness of each list and the training history', async () => {
    renderPage(<ModelPage />, { handlers: handlers() });
    expect(await screen.findByText('Version 3 is serving')).toBeInTheDocument();

    const health = within(await screen.findByRole('region', { name: 'Data health' }));
    expect(
      await health.findByText('1,234 events stored; the latest on Jun 1, 2026, 9:00 AM.'),
    ).toBeInTheDocument();
    expect(health.getByText('No recent events')).toBeInTheDocument();
    expect(health.getByText('550 in 2 days')).toBeInTheDocument();
    expect(health.getByRole('img', { name: 'Purchases per day: May 31 10, Jun 1 9' })).toBeInTheDocument();
    expect(
      health.getByText('640 of 1,000 products (64 %) have shopper activity; 360 have none yet.'),
    ).toBeInTheDocument();

    const readiness = within(screen.getByRole('region', { name: 'Readiness of each list' }));
    const fbt = within(readiness.getByText('Frequently bought together').closest('tr') as HTMLElement);
    expect(fbt.getByText('75 %')).toBeInTheDocument();
    expect(fbt.getByRole('progressbar', { name: 'Frequently bought together readiness' })).toHaveAttribute(
      'aria-valuenow',
      '75',
    );
    expect(
      fbt.getByText('10 % of products were bought in the same orders as others (target 20 %)'),
    ).toBeInTheDocument();

    const history = within(await screen.findByRole('region', { name: 'Training history' }));
    expect(await history.findByText('Serving now')).toBeInTheDocument();
    expect(
      history.getByText('100,000 events of 800 shoppers, 5,000 orders, 1,000 products'),
    ).toBeInTheDocument();
    expect(history.getByText('21.0 % (8.0 %)')).toBeInTheDocument();
    expect(history.getByText('30.5 % (4.0 %), 420 orders')).toBeInTheDocument();
    expect(history.getByText('No recent orders of two products')).toBeInTheDocument();
    expect(history.getByText('worker ran out of memory')).toBeInTheDocument();
  });

  it('hides training and imports from an admin who may only read', async () => {
    renderPage(<ModelPage />, { permissions: ['read'], handlers: handlers() });
    expect(await screen.findByText('Version 3 is serving')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Train now' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Import historical orders' })).not.toBeInTheDocument();
  });

  it('trains on demand, shows the progress while the server trains, then the new model', async () => {
    let finish: () => void = () => undefined;
    let trained = false;
    const { user } = renderPage(<ModelPage />, {
      handlers: [
        http.post('/recommendations/training', async () => {
          await new Promise<void>((resolve) => {
            finish = resolve;
          });
          trained = true;
          return HttpResponse.json({ data: snapshotSummary({ version: 4, durationMs: 40_000 }) });
        }),
        ...handlers({
          model: () => (trained ? modelStatus({ current: snapshotSummary({ version: 4 }) }) : modelStatus()),
        }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Train now' }));
    expect(await screen.findByRole('progressbar', { name: 'Training progress' })).toBeInTheDocument();
    expect(screen.getByText(/^Training… .* so far; the last training took 42 s\.$/)).toBeInTheDocument();
    finish();
    expect(await screen.findByText('Version 4 is trained and serving (took 40 s).')).toBeInTheDocument();
    expect(await screen.findByText('Version 4 is serving')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Training progress' })).not.toBeInTheDocument();
  });

  it('says why a training failed and that the previous model keeps serving', async () => {
    const { user } = renderPage(<ModelPage />, {
      handlers: [
        http.post('/recommendations/training', () =>
          HttpResponse.json(
            {
              data: null,
              error: {
                status: 500,
                name: 'TrainingError',
                message: 'no events; the previous model keeps serving',
              },
            },
            { status: 500 },
          ),
        ),
        ...handlers(),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Train now' }));
    expect(await screen.findByText('no events; the previous model keeps serving')).toBeInTheDocument();
  });

  it('guides a shop without a model nor events', async () => {
    renderPage(<ModelPage />, {
      handlers: handlers({
        model: () => modelStatus({ current: null, events: 0 }),
        health: dataHealth({
          events: { total: 0, latestAt: null, perDay: [] },
          products: { total: 12, withSignal: 0, withoutSignal: 12 },
        }),
        history: [],
      }),
    });
    expect(await screen.findByText('No model yet')).toBeInTheDocument();
    expect(await screen.findByText('No shopper events yet')).toBeInTheDocument();
    expect(await screen.findByText('No training yet.')).toBeInTheDocument();
  });

  it('imports a file of past orders with its progress and the error of each refused row', async () => {
    const job = (overrides: Partial<ImportJob>): ImportJob => ({
      id: 12,
      format: 'csv',
      status: 'running',
      rows: 0,
      imported: 0,
      duplicates: 0,
      failed: 0,
      errors: [],
      createdAt: '2026-06-01T10:00:00.000Z',
      finishedAt: null,
      ...overrides,
    });
    let sent: string | undefined;
    let polls = 0;
    let finished = false;
    const { user } = renderPage(<ModelPage />, {
      handlers: [
        http.get('/recommendations/imports', () =>
          HttpResponse.json({ data: [job({ id: 11, status: 'done' })] }),
        ),
        // The server answers at once with the running job; the page follows it until it ends.
        http.post('/recommendations/imports', async ({ request }) => {
          // jsdom's File does not survive Node's fetch (its content and name are lost on the way, which a browser
          // does not do): the test checks that the file goes as the multipart field the route reads.
          sent = `${request.headers.get('content-type')?.split(';')[0]} ${[...(await request.formData()).keys()].join()}`;
          return HttpResponse.json({ data: job({}) }, { status: 202 });
        }),
        http.get('/recommendations/imports/12', () => {
          polls += 1;
          return HttpResponse.json({
            data: !finished
              ? job({ rows: 2 })
              : job({
                  status: 'done',
                  rows: 3,
                  imported: 1,
                  duplicates: 1,
                  failed: 1,
                  errors: [{ line: 4, message: 'price: expected a number of at least 0' }],
                  finishedAt: '2026-06-01T10:00:05.000Z',
                }),
          });
        }),
        ...handlers(),
      ],
    });
    const csv = [
      'type,userId,sessionId,productId,timestamp,quantity,price,orderId,list',
      'purchase,u1,,p1,2026-05-01T10:00:00Z,1,10,o1,',
      'purchase,u1,,p2,2026-05-01T10:00:00Z,1,12,o1,',
      'purchase,u2,,p3,2026-05-02T10:00:00Z,1,-3,o2,',
    ].join('\n');
    await user.upload(
      await screen.findByLabelText('File (.csv or .jsonl)'),
      new File([csv], 'orders.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('progressbar', { name: 'Import progress' })).toBeInTheDocument();
    expect(await screen.findByText('2 of 3 rows read', {}, { timeout: 5000 })).toBeInTheDocument();
    finished = true;
    expect(
      await screen.findByText('3 rows read: 1 imported, 1 already there, 1 refused.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(polls).toBeGreaterThanOrEqual(2);
    expect(sent).toBe('multipart/form-data file');
    const row = within(
      screen.getByText('price: expected a number of at least 0').closest('tr') as HTMLElement,
    );
    expect(row.getByText('4')).toBeInTheDocument();
  });
});
