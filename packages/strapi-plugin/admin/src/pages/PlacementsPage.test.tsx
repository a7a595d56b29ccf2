import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type {
  GetPlacementPerformance,
  Placement,
  PlacementInput,
  PlacementModule,
  PreviewPlacement,
} from '../../../shared/contracts/placements';
import { renderPage } from '../../tests/renderPage';
import { PlacementsPage } from './PlacementsPage';

const LOADED = { timeout: 10_000 };

const moduleOf = (key: string, variants: PlacementModule['variants']): PlacementModule => ({
  key,
  variants,
  limit: 8,
  layout: 'carousel',
  scope: null,
  startsAt: null,
  endsAt: null,
});

const placement = (overrides: Partial<Placement> = {}): Placement => ({
  id: 3,
  slot: 'product-main',
  name: 'Below the product',
  page: 'product',
  status: 'published',
  modules: [
    moduleOf('related', [
      { key: 'a', source: { list: 'people-also-like' }, heading: 'You may also like', share: 50 },
      { key: 'b', source: { list: 'similar' }, heading: 'Similar products', share: 50 },
    ]),
  ],
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-02T10:00:00.000Z',
  ...overrides,
});

const figures: GetPlacementPerformance.Response = {
  data: [7, 30].map((days) => ({
    days: days as 7 | 30,
    since: '2026-11-05T00:00:00.000Z',
    modules: [
      {
        slot: 'product-main',
        module: 'related',
        verdict: 'better',
        leader: 'b',
        variants: [
          {
            variant: 'a',
            impressions: 1000,
            clicks: 50,
            ctr: 0.05,
            addToCarts: 3,
            purchases: 1,
            revenue: 40,
            ctrInterval: [0.038, 0.065],
          },
          {
            variant: 'b',
            impressions: 1000,
            clicks: 100,
            ctr: 0.1,
            addToCarts: 9,
            purchases: 4,
            revenue: 160,
            ctrInterval: [0.083, 0.12],
          },
        ],
      },
    ],
  })),
};

const emptyPreview = http.post('/recommendations/placements/preview', () =>
  HttpResponse.json({ data: { slot: 'product-main', page: 'product', modules: [] }, meta: { skipped: [] } }),
);

const common = [
  emptyPreview,
  http.get('/recommendations/editorial-lists', () => HttpResponse.json({ data: [] })),
  http.get('/recommendations/performance/placements', () => HttpResponse.json(figures)),
];

describe('Placements', () => {
  it('lists each slot with its page, its lists, a running test and whether it is live', async () => {
    renderPage(<PlacementsPage />, {
      handlers: [
        http.get('/recommendations/placements', () =>
          HttpResponse.json({
            data: [
              placement(),
              placement({ id: 4, slot: 'home', name: 'Home', page: 'home', status: 'draft', modules: [] }),
            ],
          }),
        ),
      ],
    });
    const rows = await screen.findAllByRole('row', {}, LOADED);
    expect(within(rows[1]!).getByText('Below the product')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Product page')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('1 list, A/B test running')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Published')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('0 lists')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Draft')).toBeInTheDocument();
  });

  it("shows a test's variants side by side, says which wins, and keeps only the winner in one click", async () => {
    let sent: Partial<PlacementInput> | undefined;
    const { user } = renderPage(<PlacementsPage />, {
      route: '/3',
      handlers: [
        ...common,
        http.get('/recommendations/placements/3', () => HttpResponse.json({ data: placement() })),
        http.put('/recommendations/placements/3', async ({ request }) => {
          sent = (await request.json()) as Partial<PlacementInput>;
          return HttpResponse.json({ data: placement(sent) });
        }),
      ],
    });
    expect(
      await screen.findByText('Variant B gets more clicks, with 95% confidence.', {}, LOADED),
    ).toBeInTheDocument();
    expect(screen.getByText('10% (8.3% – 12%)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep only B' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent!.modules![0]!.variants).toEqual([
      { key: 'b', source: { list: 'similar' }, heading: 'Similar products', share: 100 },
    ]);
    expect(sent!.status).toBe('published');
  });

  it(
    'adds a list to a slot, starts an A/B test with even shares and publishes it',
    { timeout: 60_000 },
    async () => {
      let sent: Partial<PlacementInput> | undefined;
      const { user } = renderPage(<PlacementsPage />, {
        route: '/3',
        handlers: [
          ...common,
          http.get('/recommendations/placements/3', () =>
            HttpResponse.json({ data: placement({ status: 'draft', modules: [] }) }),
          ),
          http.put('/recommendations/placements/3', async ({ request }) => {
            sent = (await request.json()) as Partial<PlacementInput>;
            return HttpResponse.json({ data: placement(sent) });
          }),
        ],
      });
      await user.click(await screen.findByRole('button', { name: 'Add a list' }, LOADED));
      await user.click(screen.getByRole('button', { name: 'Test another list (A/B)' }));
      expect(screen.getAllByRole('textbox', { name: /Heading shoppers see/ })).toHaveLength(2);
      await user.click(screen.getByRole('button', { name: 'Publish' }));
      await waitFor(() => expect(sent).toBeDefined());
      expect(sent!.status).toBe('published');
      expect(sent!.modules).toHaveLength(1);
      expect(sent!.modules![0]!.variants.map((variant) => [variant.key, variant.share])).toEqual([
        ['a', 50],
        ['b', 50],
      ]);
    },
  );

  it('asks before publishing a placement that would show shoppers nothing', async () => {
    let puts = 0;
    const { user } = renderPage(<PlacementsPage />, {
      route: '/3',
      handlers: [
        ...common,
        http.get('/recommendations/placements/3', () =>
          HttpResponse.json({ data: placement({ status: 'draft', modules: [] }) }),
        ),
        http.put('/recommendations/placements/3', async ({ request }) => {
          puts += 1;
          return HttpResponse.json({ data: placement((await request.json()) as Partial<PlacementInput>) });
        }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Publish' }, LOADED));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('The placement has no list. Publish it anyway?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(puts).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(puts).toBe(1));
  });

  it('lets an admin who may only read look, not change', async () => {
    renderPage(<PlacementsPage />, {
      route: '/3',
      permissions: ['read'],
      handlers: [
        ...common,
        http.get('/recommendations/placements/3', () => HttpResponse.json({ data: placement() })),
      ],
    });
    expect(
      await screen.findByText('Variant B gets more clicks, with 95% confidence.', {}, LOADED),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Keep only B' })).not.toBeInTheDocument();
  });

  it('previews the slot as edited, with the variant chosen, and names the modules shoppers would not see', async () => {
    const bodies: PreviewPlacement.Request['body'][] = [];
    const { user } = renderPage(<PlacementsPage />, {
      route: '/3',
      handlers: [
        http.post('/recommendations/placements/preview', async ({ request }) => {
          const body = (await request.json()) as PreviewPlacement.Request['body'];
          bodies.push(body);
          const variant = body.variants?.related ?? 'a';
          const response: PreviewPlacement.Response = {
            data: {
              slot: 'product-main',
              page: 'product',
              modules: [
                {
                  key: 'related',
                  variant,
                  test: true,
                  heading: variant === 'b' ? 'Similar products' : 'You may also like',
                  layout: 'carousel',
                  list: variant === 'b' ? 'similar' : 'people-also-like',
                  placement: `product-main:related:${variant}`,
                  items: [
                    {
                      product: {
                        id: 'P1',
                        documentId: 'd1',
                        title: 'Linen apron',
                        price: 24,
                        currency: 'EUR',
                        available: true,
                      },
                      score: 1,
                      reasons: [],
                      source: 'ai',
                    },
                  ],
                },
              ],
            },
            meta: { skipped: [{ module: 'summer', reason: 'editorial list "summer" is not published' }] },
          };
          return HttpResponse.json(response);
        }),
        http.get('/recommendations/editorial-lists', () => HttpResponse.json({ data: [] })),
        http.get('/recommendations/performance/placements', () => HttpResponse.json(figures)),
        http.get('/recommendations/placements/3', () => HttpResponse.json({ data: placement() })),
      ],
    });
    const preview = await screen.findByRole('region', { name: 'Preview' }, LOADED);
    expect(await within(preview).findByText('You may also like', {}, LOADED)).toBeInTheDocument();
    expect(within(preview).getByText('Linen apron')).toBeInTheDocument();
    expect(
      within(preview).getByText('Not shown: summer (editorial list "summer" is not published)'),
    ).toBeInTheDocument();
    expect(bodies[0]!.placement.modules[0]!.variants).toHaveLength(2);
    await user.click(within(preview).getByRole('combobox', { name: 'Variant of the test on list 1' }));
    await user.click(await screen.findByRole('option', { name: 'B' }));
    expect(await within(preview).findByText('Similar products', {}, LOADED)).toBeInTheDocument();
    expect(bodies.at(-1)!.variants).toEqual({ related: 'b' });
  });

  it('warns on a module whose editorial list is gone or unpublished', async () => {
    const { user } = renderPage(<PlacementsPage />, {
      route: '/3',
      handlers: [
        emptyPreview,
        http.get('/recommendations/performance/placements', () => HttpResponse.json(figures)),
        http.get('/recommendations/editorial-lists', () =>
          HttpResponse.json({
            data: [
              { id: 1, slug: 'winter', title: 'Winter picks', status: 'draft', startsAt: null, endsAt: null },
            ],
          }),
        ),
        http.get('/recommendations/placements/3', () =>
          HttpResponse.json({
            data: placement({
              modules: [
                moduleOf('gone', [{ key: 'a', source: { editorial: 'summer' }, heading: '', share: 100 }]),
                moduleOf('draft', [{ key: 'a', source: { editorial: 'winter' }, heading: '', share: 100 }]),
              ],
            }),
          }),
        ),
      ],
    });
    expect(
      await screen.findByText(
        'The editorial list "summer" does not exist: shoppers do not see this list.',
        {},
        LOADED,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The editorial list "Winter picks" is not published: shoppers do not see this list.'),
    ).toBeInTheDocument();
    // Nothing of it could be shown: publishing asks first.
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(
      within(dialog).getByText(
        'None of its lists can be shown: their editorial lists are gone or unpublished. Publish it anyway?',
      ),
    ).toBeInTheDocument();
  });
});
