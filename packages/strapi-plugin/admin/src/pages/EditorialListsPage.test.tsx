import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type {
  CreateEditorialList,
  EditorialList,
  EditorialListInput,
  FindEditorialLists,
} from '../../../shared/contracts/editorial-lists';
import type { RecommendedProduct } from '../../../shared/contracts/lists';
import type { SearchProducts } from '../../../shared/contracts/products';
import { renderPage } from '../../tests/renderPage';
import { EditorialListsPage } from './EditorialListsPage';

// The first render of a page in Strapi's providers takes a few seconds on a busy machine.
const LOADED = { timeout: 10_000 };

const product = (id: string, title: string, price: number, available = true): RecommendedProduct => ({
  id,
  documentId: `doc-${id}`,
  title,
  price,
  currency: 'EUR',
  available,
});

const CATALOG = [
  product('tent-1', 'Trail tent', 199),
  product('tent-2', 'Family tent', 349),
  product('tent-3', 'Storm tent', 499, false),
];

const list = (overrides: Partial<EditorialList>): EditorialList => ({
  id: 1,
  slug: 'summer',
  title: 'Summer picks',
  description: null,
  productIds: ['tent-1'],
  status: 'draft',
  startsAt: null,
  endsAt: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  ...overrides,
});

const productHandler = http.get('/recommendations/products', ({ request }) => {
  const url = new URL(request.url);
  const ids = url.searchParams.get('ids');
  const query = (url.searchParams.get('q') ?? '').toLowerCase();
  const data = ids
    ? ids.split(',').flatMap((id) => CATALOG.filter((entry) => entry.id === id))
    : CATALOG.filter((entry) => entry.title.toLowerCase().includes(query));
  const body: SearchProducts.Response = { data, meta: { total: data.length } };
  return HttpResponse.json(body);
});

const listsHandler = (data: EditorialList[]) =>
  http.get('/recommendations/editorial-lists', () =>
    HttpResponse.json({ data } satisfies FindEditorialLists.Response),
  );

describe('Editorial lists', () => {
  it('invites to create the first list when there is none', async () => {
    renderPage(<EditorialListsPage />, { handlers: [listsHandler([])] });
    expect(await screen.findByText(/No editorial list yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create a list' })).toHaveAttribute('href', '/new');
  });

  it('shows whether shoppers see each list now, its schedule and its size', async () => {
    const future = new Date(Date.now() + 86_400_000 * 30).toISOString();
    renderPage(<EditorialListsPage />, {
      handlers: [
        listsHandler([
          list({ id: 1, title: 'Summer picks', status: 'published', productIds: ['a', 'b', 'c'] }),
          list({ id: 2, slug: 'xmas', title: 'Christmas', status: 'published', startsAt: future }),
          list({ id: 3, slug: 'later', title: 'Ideas', status: 'draft' }),
        ]),
      ],
    });
    const rows = await screen.findAllByRole('row');
    expect(within(rows[1]!).getByText('Live on the storefront')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('No end date')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('3')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Published, starts later')).toBeInTheDocument();
    expect(within(rows[2]!).getByText(/^From /)).toBeInTheDocument();
    expect(within(rows[3]!).getByText('Draft')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Christmas' })).toBeInTheDocument();
  });

  it('says why when the lists cannot be loaded, and retries', async () => {
    let calls = 0;
    const { user } = renderPage(<EditorialListsPage />, {
      handlers: [
        http.get('/recommendations/editorial-lists', () => {
          calls += 1;
          return calls === 1
            ? HttpResponse.json(
                {
                  data: null,
                  error: { status: 500, name: 'InternalServerError', message: 'database is locked' },
                },
                { status: 500 },
              )
            : HttpResponse.json({ data: [] });
        }),
      ],
    });
    expect(await screen.findByText(/could not be loaded: database is locked/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/No editorial list yet/)).toBeInTheDocument();
  });

  it('offers no creation nor deletion to an admin who may only read', async () => {
    renderPage(<EditorialListsPage />, { permissions: ['read'], handlers: [listsHandler([list({})])] });
    expect(await screen.findByText('Summer picks')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create a list' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Summer picks' })).not.toBeInTheDocument();
  });
});

describe('Editorial list editor', () => {
  it('asks before publishing a list that would show shoppers nothing, and says why', async () => {
    let posts = 0;
    const { user } = renderPage(<EditorialListsPage />, {
      route: '/new',
      handlers: [
        productHandler,
        http.post('/recommendations/editorial-lists', () => {
          posts += 1;
          return HttpResponse.json({ data: list({ id: 8 }) }, { status: 201 });
        }),
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: /Title shoppers see/ }, LOADED), 'Empty');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('The list has no products. Publish it anyway?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(posts).toBe(0);
  });

  it(
    'builds a list from the catalog search, orders it, previews it and publishes it',
    { timeout: 60_000 },
    async () => {
      let sent: EditorialListInput | undefined;
      const { user } = renderPage(<EditorialListsPage />, {
        route: '/new',
        handlers: [
          productHandler,
          http.post('/recommendations/editorial-lists', async ({ request }) => {
            sent = (await request.json()) as EditorialListInput;
            const body: CreateEditorialList.Response = { data: list({ ...sent, id: 7, description: null }) };
            return HttpResponse.json(body, { status: 201 });
          }),
          http.get('/recommendations/editorial-lists/7', () =>
            HttpResponse.json({ data: list({ ...sent, id: 7 }) }),
          ),
        ],
      });
      await user.click(await screen.findByRole('textbox', { name: /Title shoppers see/ }, LOADED));
      await user.paste('Tents for summer');
      expect(screen.getByRole('textbox', { name: /Slug/ })).toHaveValue('tents-for-summer');

      await user.click(screen.getByRole('textbox', { name: 'Add products' }));
      await user.paste('tent');
      expect(await screen.findByText('Storm tent', {}, LOADED)).toBeInTheDocument();
      expect(screen.getByText('Out of stock')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Add: Trail tent' }));
      await user.click(screen.getByRole('button', { name: 'Add: Family tent' }));
      await user.click(screen.getByRole('button', { name: 'Add: Storm tent' }));
      expect(screen.getByRole('button', { name: 'Add: Trail tent' })).toBeDisabled();

      await user.click(screen.getByRole('button', { name: 'Move Family tent up' }));
      const ordered = within(screen.getByRole('list', { name: 'Products in the order shoppers see them' }));
      expect(
        ordered.getAllByRole('listitem').map((item) => within(item).getByText(/^\w+ tent$/).textContent),
      ).toEqual(['Family tent', 'Trail tent', 'Storm tent']);

      const preview = within(screen.getByRole('region', { name: 'Storefront preview' }));
      expect(preview.getByRole('heading', { name: 'Tents for summer' })).toBeInTheDocument();
      expect(
        preview
          .getAllByTestId('preview-card')
          .map((card) => within(card).getByText(/^\w+ tent$/).textContent),
      ).toEqual(['Family tent', 'Trail tent']);
      expect(screen.getByText(/1 product is out of stock or gone from the catalog/)).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Publish' }));
      await waitFor(() => expect(sent).toBeDefined());
      expect(sent).toEqual({
        title: 'Tents for summer',
        slug: 'tents-for-summer',
        description: null,
        productIds: ['tent-2', 'tent-1', 'tent-3'],
        status: 'published',
        startsAt: null,
        endsAt: null,
      });
      expect(await screen.findByText('“Tents for summer” is published')).toBeInTheDocument();
    },
  );

  it('shows the server’s reason when saving fails', async () => {
    const { user } = renderPage(<EditorialListsPage />, {
      route: '/new',
      handlers: [
        http.post('/recommendations/editorial-lists', () =>
          HttpResponse.json(
            {
              data: null,
              error: {
                status: 409,
                name: 'ConflictError',
                message: 'slug: "summer" is taken by another editorial list',
              },
            },
            { status: 409 },
          ),
        ),
      ],
    });
    await user.click(await screen.findByRole('textbox', { name: /Title shoppers see/ }, LOADED));
    await user.paste('Summer');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(
      await screen.findByText('slug: "summer" is taken by another editorial list', {}, LOADED),
    ).toBeInTheDocument();
  });

  it('refuses a schedule that ends before it starts, without asking the server', async () => {
    const { user } = renderPage(<EditorialListsPage />, {
      route: '/1',
      handlers: [
        productHandler,
        http.get('/recommendations/editorial-lists/1', () =>
          HttpResponse.json({
            data: list({ startsAt: '2026-12-10T10:00:00.000Z', endsAt: '2026-12-01T10:00:00.000Z' }),
          }),
        ),
      ],
    });
    expect(await screen.findByText('The end must come after the start', {}, LOADED)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Fix the fields marked in red first.')).toBeInTheDocument();
  });

  it('shows a stored list read-only to an admin who may not manage lists', async () => {
    renderPage(<EditorialListsPage />, {
      route: '/1',
      permissions: ['read'],
      handlers: [
        productHandler,
        http.get('/recommendations/editorial-lists/1', () => HttpResponse.json({ data: list({}) })),
      ],
    });
    expect(await screen.findByRole('textbox', { name: /Title shoppers see/ }, LOADED)).toBeDisabled();
    const products = await screen.findByRole('list', { name: 'Products in the order shoppers see them' });
    expect(within(products).getByText('Trail tent')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Add products' })).not.toBeInTheDocument();
  });
});
