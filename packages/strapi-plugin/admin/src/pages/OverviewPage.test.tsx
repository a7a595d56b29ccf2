import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { GetPerformance } from '../../../shared/contracts/performance';
import { dataHealth, editorialList, listPerformance, modelStatus } from '../../tests/fixtures';
import { renderPage } from '../../tests/renderPage';
import { OverviewPage } from './OverviewPage';

const performance = (
  lists = [
    listPerformance('best-selling'),
    listPerformance('editorial:summer-picks', { impressions: 200, clicks: 30, ctr: 0.15 }),
  ],
): GetPerformance.Response => ({
  data: [
    { days: 7, since: '2026-05-25T00:00:00.000Z', lists: [] },
    { days: 30, since: '2026-05-02T00:00:00.000Z', lists },
  ],
});

const handlers = ({ model = modelStatus(), health = dataHealth() } = {}) => [
  http.get('/recommendations/health', () => HttpResponse.json({ data: health })),
  http.get('/recommendations/model', () => HttpResponse.json({ data: model })),
  http.get('/recommendations/editorial-lists', () =>
    HttpResponse.json({
      data: [editorialList(), editorialList({ id: 2, slug: 'gifts', title: 'Gift ideas', status: 'draft' })],
    }),
  ),
  http.get('/recommendations/performance', () => HttpResponse.json(performance())),
];

const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;

describe('OverviewPage', () => {
  it('lists every AI and editorial list with its status, size, training and CTR', async () => {
    renderPage(<OverviewPage />, { handlers: handlers() });

    const best = within(await rowOf('Best sellers'));
    expect(best.getByText('Ready')).toBeInTheDocument();
    // Best sellers found as many products as a list serves at most.
    expect(best.getByText('100+')).toBeInTheDocument();
    expect(best.getByText('5.0 %')).toBeInTheDocument();
    expect(best.getByText('1,000 impressions')).toBeInTheDocument();

    const fbt = within(await rowOf('Frequently bought together'));
    expect(fbt.getByText('Not enough data')).toBeInTheDocument();
    expect(
      fbt.getByText('Missing: 10 % of products were bought in the same orders as others (target 20 %)'),
    ).toBeInTheDocument();
    expect(fbt.getByText('No impressions yet')).toBeInTheDocument();

    const fresh = within(await rowOf('New arrivals'));
    expect(fresh.getByText('Disabled')).toBeInTheDocument();
    expect(fresh.getByText('Missing: A launch date field: map one in Settings')).toBeInTheDocument();

    const summer = within(await rowOf('Summer picks'));
    expect(summer.getByText('Live on the storefront')).toBeInTheDocument();
    expect(summer.getByText('3')).toBeInTheDocument();
    expect(summer.getByText('15.0 %')).toBeInTheDocument();
    expect(within(await rowOf('Gift ideas')).getByText('Draft')).toBeInTheDocument();

    expect(screen.getByText('6 of 8')).toBeInTheDocument();
    expect(screen.getByText('Version 3')).toBeInTheDocument();
    // 80 clicks on 1,200 impressions over the lists.
    expect(screen.getByText('6.7 %')).toBeInTheDocument();
  });

  it('says when no model is trained yet and points to where to train one', async () => {
    renderPage(<OverviewPage />, {
      handlers: handlers({ model: modelStatus({ current: null, events: 0 }) }),
    });
    expect(await screen.findByText('Not trained yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Train it on the Model and data page' })).toBeInTheDocument();
    expect(within(await rowOf('Trending now')).getByText('Never')).toBeInTheDocument();
  });

  it('shows why the overview failed and loads it again on retry', async () => {
    let calls = 0;
    const { user } = renderPage(<OverviewPage />, {
      handlers: [
        http.get('/recommendations/health', () => {
          calls += 1;
          return calls === 1
            ? HttpResponse.json(
                {
                  data: null,
                  error: {
                    status: 503,
                    name: 'CatalogUnavailableError',
                    message: 'the catalog content type "api::item.item" does not exist',
                  },
                },
                { status: 503 },
              )
            : HttpResponse.json({ data: dataHealth() });
        }),
        ...handlers(),
      ],
    });
    expect(
      await screen.findByText(
        'The overview could not be loaded: the catalog content type "api::item.item" does not exist',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Best sellers')).toBeInTheDocument();
  });
});
