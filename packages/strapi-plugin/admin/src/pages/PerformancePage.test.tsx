import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type {
  GetDailyPerformance,
  GetPerformance,
  ListPerformance,
} from '../../../shared/contracts/performance';
import { editorialList, listPerformance } from '../../tests/fixtures';
import { renderPage } from '../../tests/renderPage';
import { PerformancePage } from './PerformancePage';

const day = (name: string, impressions: number, clicks: number, revenue = 0) => ({
  day: name,
  impressions,
  clicks,
  addToCarts: 0,
  purchases: 0,
  revenue,
});

const handlers = (lists: ListPerformance[], asked: string[] = []) => [
  http.get('/recommendations/performance', () =>
    HttpResponse.json({
      data: [
        {
          days: 7,
          since: '2026-11-18T00:00:00.000Z',
          lists: lists.map((list) => ({ ...list, impressions: 7 })),
        },
        { days: 30, since: '2026-10-26T00:00:00.000Z', lists },
      ],
    } satisfies GetPerformance.Response),
  ),
  http.get('/recommendations/performance/daily', ({ request }) => {
    const days = new URL(request.url).searchParams.get('days') ?? '';
    asked.push(days);
    const body: GetDailyPerformance.Response = {
      data: {
        days: days === '7' ? 7 : 30,
        dayList: ['2026-11-24', '2026-11-25'],
        lists: [
          { list: 'best-selling', perDay: [day('2026-11-24', 0, 0), day('2026-11-25', 100, 5, 40)] },
          { list: 'editorial:summer-picks', perDay: [day('2026-11-24', 10, 1), day('2026-11-25', 0, 0)] },
        ],
      },
    };
    return HttpResponse.json(body);
  }),
  http.get('/recommendations/editorial-lists', () => HttpResponse.json({ data: [editorialList()] })),
];

const LISTS = [
  listPerformance('best-selling'),
  listPerformance('editorial:summer-picks', { impressions: 200, clicks: 30, ctr: 0.15, revenue: 12.5 }),
];

describe('PerformancePage', () => {
  it('shows each list over 30 days in a table and its click-through rate per day in a chart', async () => {
    renderPage(<PerformancePage />, { handlers: handlers(LISTS) });
    const table = within(await screen.findByRole('region', { name: 'Per list, last 30 days' }));
    const best = within(table.getByText('Best sellers').closest('tr') as HTMLElement);
    for (const cell of ['1,000', '50', '5.0 %', '20.0 %', '4', '320.00']) {
      expect(best.getByText(cell)).toBeInTheDocument();
    }
    const summer = within(table.getByText('Editorial: Summer picks').closest('tr') as HTMLElement);
    expect(summer.getByText('12.50')).toBeInTheDocument();
    // Lists in the order shoppers saw them most.
    expect(table.getAllByRole('row').map((row) => row.querySelector('td')?.textContent)).toEqual([
      undefined,
      'Best sellers',
      'Editorial: Summer picks',
    ]);
    const chart = within(screen.getByRole('region', { name: 'Click-through rate per day' }));
    expect(chart.getByRole('img', { name: 'Click-through rate per day and list' })).toBeInTheDocument();
    // A day without impressions has no rate: one point for best sellers, one for the editorial list.
    expect(chart.getByText('Best sellers, Nov 25: 5.0 %')).toBeInTheDocument();
    expect(chart.getByText('Editorial: Summer picks, Nov 24: 10.0 %')).toBeInTheDocument();
    expect(chart.queryByText(/^Best sellers, Nov 24/)).not.toBeInTheDocument();
  });

  it('switches to the last 7 days and to another measure', async () => {
    const asked: string[] = [];
    const { user } = renderPage(<PerformancePage />, { handlers: handlers(LISTS, asked) });
    await screen.findByRole('region', { name: 'Per list, last 30 days' });
    await user.click(screen.getByRole('tab', { name: 'Last 7 days' }));
    const table = within(await screen.findByRole('region', { name: 'Per list, last 7 days' }));
    expect(
      within(table.getByText('Best sellers').closest('tr') as HTMLElement).getByText('7'),
    ).toBeInTheDocument();
    expect(asked).toEqual(['30', '7']);

    await user.click(screen.getByRole('combobox', { name: 'Show' }));
    await user.click(await screen.findByRole('option', { name: 'Attributed revenue' }));
    const chart = within(await screen.findByRole('region', { name: 'Attributed revenue per day' }));
    expect(chart.getByText('Best sellers, Nov 25: 40.00')).toBeInTheDocument();
  });

  it('explains an empty period', async () => {
    renderPage(<PerformancePage />, { handlers: handlers([]) });
    expect(
      await screen.findByText(/^No list was shown to shoppers in the last 30 days\./),
    ).toBeInTheDocument();
  });

  it("shows each placement module's variants with the test's verdict, linking to the placement", async () => {
    const variant = (name: string, impressions: number, clicks: number) => ({
      variant: name,
      impressions,
      clicks,
      ctr: clicks / impressions,
      addToCarts: 0,
      purchases: 0,
      revenue: 0,
      ctrInterval: [0.01, 0.2] as [number, number],
    });
    renderPage(<PerformancePage />, {
      handlers: [
        ...handlers(LISTS),
        http.get('/recommendations/performance/placements', () =>
          HttpResponse.json({
            data: [7, 30].map((days) => ({
              days,
              since: '2026-11-05T00:00:00.000Z',
              modules: [
                {
                  slot: 'product',
                  module: 'related',
                  verdict: 'too-early',
                  leader: 'b',
                  variants: [variant('a', 200, 10), variant('b', 210, 14)],
                },
              ],
            })),
          }),
        ),
        http.get('/recommendations/placements', () =>
          HttpResponse.json({
            data: [
              {
                id: 5,
                slot: 'product',
                name: 'Product page',
                page: 'product',
                modules: [],
                status: 'published',
              },
            ],
          }),
        ),
      ],
    });
    const section = await screen.findByRole(
      'region',
      { name: 'Placements and A/B tests' },
      { timeout: 10_000 },
    );
    expect(within(section).getByRole('link', { name: 'Product page · related' })).toHaveAttribute(
      'href',
      '/placements/5',
    );
    expect(within(section).getAllByRole('row')).toHaveLength(3);
    expect(within(section).getByText(/^Too early to tell/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /Keep only/ })).not.toBeInTheDocument();
  });
});
