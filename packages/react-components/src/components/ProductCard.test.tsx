import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createClient } from '../client/createClient';
import { RecommendationsProvider } from '../context/RecommendationsProvider';
import { catalog } from '../mocks/catalog';
import { createMockFetch } from '../mocks/createMockFetch';
import { expectNoAxeViolations } from '../test/axe';
import type { Recommendation } from '../types';
import { ProductCard } from './ProductCard';

const client = createClient({ baseUrl: 'http://cms.test', fetch: createMockFetch() });
const recommendation: Recommendation = {
  product: { ...catalog[0]!, price: 1234.5, currency: 'EUR' },
  score: 1,
  reasons: [
    { kind: 'boosted', text: 'boost' },
    { kind: 'because-you-bought', productId: 'p2', text: 'Because you bought Canvas tote bag' },
  ],
  source: 'ai',
};

describe('ProductCard', () => {
  it("links to the provider's product page and formats the price in its locale", async () => {
    const { container } = render(
      <RecommendationsProvider
        client={client}
        locale="de-DE"
        productHref={(product) => `/shop/${product.documentId}`}
      >
        <ProductCard
          recommendation={recommendation}
          product={recommendation.product}
          list="similar"
          position={0}
        />
      </RecommendationsProvider>,
    );
    const link = screen.getByRole('link', { name: /^Merino wool scarf 1\.234,50\s€$/ });
    expect(link).toHaveAttribute('href', '/shop/doc1');
    const image = container.querySelector('img')!;
    expect([image.getAttribute('width'), image.getAttribute('height'), image.getAttribute('alt')]).toEqual([
      '400',
      '400',
      '',
    ]);
    expect(container.querySelector('[data-slot="aisle-reason"]')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows the first reason meant for shoppers, and no price when the product has none', () => {
    const product = { ...recommendation.product, price: undefined, image: undefined };
    render(
      <RecommendationsProvider client={client}>
        <ProductCard
          recommendation={recommendation}
          product={product}
          list="picks-for-you"
          position={0}
          showReasons
        />
      </RecommendationsProvider>,
    );
    expect(screen.getByRole('link')).toHaveTextContent(
      /^Merino wool scarf Because you bought Canvas tote bag$/,
    );
    expect(screen.getByRole('link')).toHaveAttribute('href', '/products/p1');
  });
});
