import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { ContentTypeSummary } from '../../../shared/contracts/content-types';
import type { RecommendedProduct } from '../../../shared/contracts/lists';
import type { PluginSettings, UpdateSettings } from '../../../shared/contracts/settings';
import { renderPage } from '../../tests/renderPage';
import { SettingsPage } from './SettingsPage';

const SETTINGS: PluginSettings = {
  catalog: {
    contentType: 'api::product.product',
    fields: {
      id: 'slug',
      title: 'title',
      price: 'price',
      currency: 'currency',
      image: null,
      category: 'category',
      brand: 'brand',
      tags: null,
      description: null,
      launchDate: null,
      availability: 'stock',
    },
  },
  training: { schedule: '0 * * * *', memoryLimitMb: 2048, retrainAfterPurchasesSeconds: null },
  engine: { halfLifeDays: 30 },
  events: { pseudonymizeUserIds: false, rateLimitPerMinute: 600 },
};

const CONTENT_TYPES: ContentTypeSummary[] = [
  {
    uid: 'api::product.product',
    displayName: 'Product',
    attributes: ['brand', 'category', 'currency', 'documentId', 'price', 'slug', 'stock', 'title'].map(
      (name) => ({
        name,
        type:
          name === 'price'
            ? 'decimal'
            : name === 'stock'
              ? 'integer'
              : name === 'category'
                ? 'relation'
                : 'string',
      }),
    ),
  },
];

const SAMPLE: RecommendedProduct = {
  id: 'tent-1',
  documentId: 'd1',
  title: 'Ridge Tent',
  price: 140,
  currency: 'EUR',
  category: ['Outdoor', 'Tents'],
  brand: 'Ridge',
  available: true,
};

const handlers = (sent: UpdateSettings.Request['body'][] = []) => [
  http.get('/recommendations/settings', () => HttpResponse.json({ data: SETTINGS })),
  http.get('/recommendations/content-types', () => HttpResponse.json({ data: CONTENT_TYPES })),
  http.post('/recommendations/settings/check', async ({ request }) => {
    const body = (await request.json()) as { catalog: PluginSettings['catalog'] };
    if (body.catalog.fields.price === 'title') {
      return HttpResponse.json(
        {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message:
              'catalog.fields.price: "title" of api::product.product is a string attribute, expected integer or biginteger or float or decimal',
          },
        },
        { status: 400 },
      );
    }
    return HttpResponse.json({ data: { settings: { ...SETTINGS, catalog: body.catalog }, sample: SAMPLE } });
  }),
  http.put('/recommendations/settings', async ({ request }) => {
    const body = (await request.json()) as UpdateSettings.Request['body'];
    sent.push(body);
    if (body.training?.schedule === 'every day') {
      return HttpResponse.json(
        {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message:
              'training.schedule: expected a cron expression of 5 or 6 fields, for example "0 * * * *"',
          },
        },
        { status: 400 },
      );
    }
    return HttpResponse.json({ data: { ...SETTINGS, ...body } });
  }),
];

describe('SettingsPage', () => {
  it('shows the mapping with a product read through it', async () => {
    renderPage(<SettingsPage />, { handlers: handlers() });
    const sample = within(await screen.findByRole('group', { name: 'Sample product' }));
    expect(sample.getByText('Ridge Tent')).toBeInTheDocument();
    expect(sample.getByText('Price: €140.00')).toBeInTheDocument();
    expect(sample.getByText('Category: Outdoor › Tents')).toBeInTheDocument();
    expect(sample.getByText('Tags: not mapped')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Product content type' })).toHaveTextContent(
      'Product (api::product.product)',
    );
    expect(screen.getByRole('combobox', { name: 'Price' })).toHaveTextContent('price (decimal)');
  });

  it('names the field of a mapping the server refuses', async () => {
    const { user } = renderPage(<SettingsPage />, { handlers: handlers() });
    await screen.findByRole('group', { name: 'Sample product' });
    await user.click(screen.getByRole('combobox', { name: 'Price' }));
    await user.click(await screen.findByRole('option', { name: 'title (string)' }));
    expect(await screen.findByText('This mapping does not fit the content type')).toBeInTheDocument();
    expect(
      screen.getAllByText(
        'catalog.fields.price: "title" of api::product.product is a string attribute, expected integer or biginteger or float or decimal',
      ),
    ).toHaveLength(2);
    expect(screen.queryByRole('group', { name: 'Sample product' })).not.toBeInTheDocument();
  });

  it('saves the weights, leaving the untouched ones to the engine defaults', async () => {
    const sent: UpdateSettings.Request['body'][] = [];
    const { user } = renderPage(<SettingsPage />, { handlers: handlers(sent) });
    const purchase = await screen.findByRole('textbox', { name: 'A purchase' });
    expect(purchase).toHaveAttribute('placeholder', '8');
    await user.type(purchase, '12');
    const ordersHalfLife = screen.getByRole('textbox', { name: "Orders' half-life (days)" });
    expect(ordersHalfLife).toHaveAttribute('placeholder', '0');
    await user.type(ordersHalfLife, '180');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Settings saved. Weights and windows apply from the next training.'),
    ).toBeInTheDocument();
    expect(sent[0]?.engine).toEqual({
      halfLifeDays: 30,
      weights: { purchase: 12 },
      coPurchaseHalfLifeDays: 180,
    });
  });

  it('shows why the server refused the settings', async () => {
    const { user } = renderPage(<SettingsPage />, { handlers: handlers() });
    await user.click(await screen.findByRole('combobox', { name: 'Schedule' }));
    await user.click(await screen.findByRole('option', { name: 'Custom (cron expression)' }));
    const cron = await screen.findByRole('textbox', { name: 'Cron expression' });
    await user.clear(cron);
    await user.type(cron, 'every day');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The settings were not saved')).toBeInTheDocument();
    expect(
      screen.getByText(
        'training.schedule: expected a cron expression of 5 or 6 fields, for example "0 * * * *"',
      ),
    ).toBeInTheDocument();
  });
});
