import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Recommendation, RecommendedProduct } from '../../../shared/contracts/lists';
import type { PreviewList } from '../../../shared/contracts/preview';
import type { GetCatalogFacets, SearchProducts } from '../../../shared/contracts/products';
import type { FindRuleSets, RuleSetInput, StoredRuleSet } from '../../../shared/contracts/rule-sets';
import { renderPage } from '../../tests/renderPage';
import { AdjustPage } from './AdjustPage';

// The first render of a page in Strapi's providers takes a few seconds on a busy machine.
const LOADED = { timeout: 10_000 };

const product = (id: string, title: string, brand: string): RecommendedProduct => ({
  id,
  documentId: `doc-${id}`,
  title,
  price: 100,
  currency: 'EUR',
  brand,
  category: ['Outdoor', 'Tents'],
  available: true,
});

const CATALOG = [
  product('tent', 'Trail tent', 'Peak'),
  product('bag', 'Sleeping bag', 'Peak'),
  product('stove', 'Camp stove', 'Flame'),
  product('mat', 'Sleeping mat', 'Ridge'),
];
const byId = new Map(CATALOG.map((entry) => [entry.id, entry]));
const item = (id: string, score: number, source: Recommendation['source'] = 'ai'): Recommendation => ({
  product: byId.get(id)!,
  score,
  reasons: [{ kind: 'bought-with', text: 'Often bought together' }],
  source,
});

const FACETS: GetCatalogFacets.Response = {
  data: {
    categories: ['Outdoor', 'Tents'],
    brands: ['Flame', 'Peak', 'Ridge'],
    tags: [],
    price: { min: 100, max: 100 },
  },
};

/**
 * A stand-in for the server's preview that applies pins and product exclusions of the draft, as the engine does,
 * and records every request.
 */
function previewServer(sent: PreviewList.Request['body'][]) {
  return http.post('/recommendations/preview', async ({ request }) => {
    const body = (await request.json()) as PreviewList.Request['body'];
    sent.push(body);
    const before = [item('bag', 0.9), item('stove', 0.5), item('mat', 0.2)];
    let after = before.filter(
      (entry) => !(body.draft?.exclude ?? []).some((match) => match.productId === entry.product.id),
    );
    const effects: PreviewList.Response['data']['effects'] = [];
    for (const match of body.draft?.exclude ?? []) {
      effects.push({
        ruleSetId: 'draft',
        action: 'exclude',
        productId: match.productId,
        detail: `${byId.get(match.productId!)?.title} excluded`,
      });
    }
    for (const pin of body.draft?.pins ?? []) {
      after = after.filter((entry) => entry.product.id !== pin.productId);
      after.splice(pin.position - 1, 0, {
        ...item(pin.productId, 1, 'pinned'),
        reasons: [{ kind: 'pinned', text: 'Selected by our team' }],
      });
      effects.push({
        ruleSetId: 'draft',
        action: 'pin',
        productId: pin.productId,
        detail: `${byId.get(pin.productId)?.title} pinned at position ${pin.position}`,
      });
    }
    const response: PreviewList.Response = {
      data: { before, after, effects },
      meta: { modelVersion: 3, unknownIds: [] },
    };
    return HttpResponse.json(response);
  });
}

const searchServer = http.get('/recommendations/products', ({ request }) => {
  const url = new URL(request.url);
  const ids = url.searchParams.get('ids');
  const query = (url.searchParams.get('q') ?? '').toLowerCase();
  const data = ids
    ? ids.split(',').flatMap((id) => CATALOG.filter((entry) => entry.id === id))
    : CATALOG.filter((entry) => entry.title.toLowerCase().includes(query));
  return HttpResponse.json({ data, meta: { total: data.length } } satisfies SearchProducts.Response);
});

const stored: StoredRuleSet = {
  id: 4,
  enabled: true,
  definition: {
    id: '4',
    name: 'Tent page',
    list: 'frequently-bought-together',
    scope: { productId: 'tent' },
    pins: [{ productId: 'mat', position: 1 }],
  },
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

const handlers = (sent: PreviewList.Request['body'][], ruleSets: StoredRuleSet[] = []) => [
  http.get('/recommendations/products/facets', () => HttpResponse.json(FACETS)),
  http.get('/recommendations/rule-sets', () =>
    HttpResponse.json({ data: ruleSets } satisfies FindRuleSets.Response),
  ),
  searchServer,
  previewServer(sent),
];

const afterList = () => within(screen.getByRole('region', { name: 'What shoppers see with the rules' }));
const titlesIn = (region: ReturnType<typeof within>) =>
  region
    .getAllByRole('listitem')
    .map(
      (entry: HTMLElement) =>
        within(entry).getByText(/^(Trail tent|Sleeping bag|Camp stove|Sleeping mat)$/).textContent,
    );

describe('Adjust AI results', () => {
  it(
    'shows the AI ranking with scores and reasons, and the list changing live as items are pinned and excluded',
    { timeout: 60_000 },
    async () => {
      const sent: PreviewList.Request['body'][] = [];
      let saved: RuleSetInput | undefined;
      const { user } = renderPage(<AdjustPage />, {
        handlers: [
          ...handlers(sent),
          http.post('/recommendations/rule-sets', async ({ request }) => {
            saved = (await request.json()) as RuleSetInput;
            return HttpResponse.json(
              { data: { ...stored, id: 9, definition: { ...saved, id: '9' } } },
              { status: 201 },
            );
          }),
        ],
      });
      const ai = within(await screen.findByRole('region', { name: 'The AI’s ranking' }, LOADED));
      expect(await ai.findByText('Sleeping bag', {}, LOADED)).toBeInTheDocument();
      expect(ai.getAllByText(/score 0\.9 · Often bought together/)).toHaveLength(1);
      expect(sent[0]).toEqual({ list: 'best-selling', limit: 10 });

      await user.click(afterList().getByRole('button', { name: 'Pin Sleeping mat to the top' }));
      await waitFor(
        () => expect(titlesIn(afterList())).toEqual(['Sleeping mat', 'Sleeping bag', 'Camp stove']),
        LOADED,
      );
      await user.click(afterList().getByRole('button', { name: 'Exclude Camp stove' }));
      await waitFor(() => expect(titlesIn(afterList())).toEqual(['Sleeping mat', 'Sleeping bag']), LOADED);
      expect(afterList().getByText('▲ 2')).toBeInTheDocument();
      expect(afterList().getByText('Pinned')).toBeInTheDocument();

      const effects = within(screen.getByRole('region', { name: 'What each rule did' }));
      expect(effects.getByText('Sleeping mat pinned at position 1')).toBeInTheDocument();
      expect(effects.getByText('Camp stove excluded')).toBeInTheDocument();
      expect(effects.getAllByText('(by your changes)')).toHaveLength(2);
      expect(sent.at(-1)?.draft).toEqual({
        list: 'best-selling',
        enabled: true,
        pins: [{ productId: 'mat', position: 1 }],
        exclude: [{ productId: 'stove' }],
      });

      await user.click(screen.getByRole('button', { name: 'Save rule set' }));
      await waitFor(() => expect(saved).toEqual(sent.at(-1)?.draft));
      expect(
        await screen.findByText('Saved: shoppers now get this list with these rules'),
      ).toBeInTheDocument();
    },
  );

  it(
    'asks for a product before previewing a product-page list, then scopes the rules to it',
    { timeout: 60_000 },
    async () => {
      const sent: PreviewList.Request['body'][] = [];
      const { user } = renderPage(<AdjustPage />, { handlers: handlers(sent) });
      await screen.findByRole('region', { name: 'The AI’s ranking' }, LOADED);
      await user.click(screen.getByRole('combobox', { name: 'List' }));
      await user.click(screen.getByRole('option', { name: 'Frequently bought together' }));
      expect(
        await screen.findByText('Choose a product above to see this list on its page.'),
      ).toBeInTheDocument();

      await user.click(screen.getByRole('textbox', { name: 'Product page of' }));
      await user.paste('trail');
      await user.click(await screen.findByRole('button', { name: 'Choose: Trail tent' }, LOADED));
      await waitFor(
        () =>
          expect(sent.at(-1)).toEqual({ list: 'frequently-bought-together', productId: 'tent', limit: 10 }),
        LOADED,
      );

      await user.click(screen.getByRole('combobox', { name: 'Apply' }));
      await user.click(screen.getByRole('option', { name: 'Only on one product’s page' }));
      expect(screen.getByText('On the page of Trail tent')).toBeInTheDocument();
      await user.click(await afterList().findByRole('button', { name: 'Bury Sleeping bag' }, LOADED));
      await waitFor(
        () =>
          expect(sent.at(-1)?.draft).toEqual({
            list: 'frequently-bought-together',
            enabled: true,
            scope: { productId: 'tent' },
            boosts: [{ match: { productId: 'bag' }, factor: 0.5 }],
          }),
        LOADED,
      );
    },
  );

  it(
    'lists the saved rule sets and edits one in place of its stored version',
    { timeout: 60_000 },
    async () => {
      const sent: PreviewList.Request['body'][] = [];
      let updated: RuleSetInput | undefined;
      const { user } = renderPage(<AdjustPage />, {
        handlers: [
          ...handlers(sent, [stored]),
          http.put('/recommendations/rule-sets/4', async ({ request }) => {
            updated = (await request.json()) as RuleSetInput;
            return HttpResponse.json({ data: stored });
          }),
        ],
      });
      const row = within((await screen.findByText('Tent page', {}, LOADED)).closest('tr')!);
      expect(row.getByText('Frequently bought together')).toBeInTheDocument();
      expect(await row.findByText('On the page of Trail tent', {}, LOADED)).toBeInTheDocument();
      expect(row.getByText('1 pinned, 0 excluded, 0 boosted, 0 buried')).toBeInTheDocument();

      await user.click(row.getByRole('button', { name: 'Edit Tent page' }));
      expect(await screen.findByText('Editing “Tent page”', {}, LOADED)).toBeInTheDocument();
      await waitFor(
        () =>
          expect(sent.at(-1)).toMatchObject({
            list: 'frequently-bought-together',
            productId: 'tent',
            replaces: 4,
          }),
        LOADED,
      );
      await user.click(screen.getByRole('button', { name: 'Unpin Sleeping mat' }));
      await user.click(afterList().getByRole('button', { name: 'Exclude Sleeping bag' }));
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      await waitFor(() => expect(updated).toBeDefined());
      expect(updated).toEqual({
        name: 'Tent page',
        list: 'frequently-bought-together',
        enabled: true,
        scope: { productId: 'tent' },
        exclude: [{ productId: 'bag' }],
      });
    },
  );

  it('shows the ranking and the rule sets, but no way to change them, to an admin who may only read', async () => {
    const sent: PreviewList.Request['body'][] = [];
    renderPage(<AdjustPage />, { permissions: ['read'], handlers: handlers(sent, [stored]) });
    expect(await screen.findByText('Tent page', {}, LOADED)).toBeInTheDocument();
    expect(await afterList().findByText('Sleeping bag', {}, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Pin / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save rule set' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Tent page' })).not.toBeInTheDocument();
  });

  it('says why the preview failed', async () => {
    renderPage(<AdjustPage />, {
      handlers: [
        http.get('/recommendations/products/facets', () => HttpResponse.json(FACETS)),
        http.get('/recommendations/rule-sets', () => HttpResponse.json({ data: [] })),
        http.post('/recommendations/preview', () =>
          HttpResponse.json(
            {
              data: null,
              error: {
                status: 503,
                name: 'CatalogUnavailableError',
                message: 'the catalog content type "api::item.item" does not exist',
              },
            },
            { status: 503 },
          ),
        ),
      ],
    });
    expect(
      await screen.findByText(
        /The preview could not be computed: the catalog content type "api::item.item" does not exist/,
        {},
        LOADED,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No rule set yet: every list shows the AI’s ranking as it is.'),
    ).toBeInTheDocument();
  });
});
