// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { catalog } from './mocks/catalog';
import { createMockFetch } from './mocks/createMockFetch';

// What apps import: the built files of the exports map (`pnpm build` runs before the tests).
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = (file: string) => join(root, 'dist', file);
if (!existsSync(dist('index.js'))) throw new Error('dist/ is missing: run `pnpm build` before these tests');

describe('the published package', () => {
  it('has every file its exports map names', () => {
    const targets = Object.values(
      manifest.exports as Record<string, string | Record<string, string>>,
    ).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    expect(targets.filter((target) => !existsSync(join(root, target)))).toEqual([]);
  });

  it("marks the client entry 'use client' and not the server entry, which Server Components call", () => {
    expect(readFileSync(dist('index.js'), 'utf8').split('\n')[0]).toBe("'use client';");
    expect(readFileSync(dist('server.js'), 'utf8')).not.toMatch(/['"]use client['"]/);
  });

  it('ships placements as an entry of their own that shares the list view and client with the main entry', () => {
    const placement = readFileSync(dist('placement.js'), 'utf8');
    expect(placement.split('\n')[0]).toBe("'use client';");
    expect(placement).toMatch(/import \{[^}]*\bListView\b[^}]*\} from '\.\/index\.js'/);
    expect(placement).toMatch(/from '\.\/server\.js'/);
    // One copy of the list view on a page: the placement entry has no card or carousel code of its own.
    expect(placement).not.toContain('aria-roledescription');
  });

  it('declares the types of every export, with the contracts inlined (no import of the Strapi plugin)', () => {
    const types = readFileSync(dist('index.d.ts'), 'utf8');
    for (const name of [
      'useRecommendations',
      'RecommendationsProvider',
      'FrequentlyBoughtTogether',
      'ListRequest',
    ]) {
      expect(types).toContain(name);
    }
    expect(types).not.toContain('@aisle/');
    expect(readFileSync(dist('server.d.ts'), 'utf8')).not.toContain('@aisle/');
  });

  it('renders prefetched lists in the first HTML from the built entries', async () => {
    const server = await import(dist('server.js'));
    const client = await import(dist('index.js'));
    const fetch = createMockFetch({ products: catalog });
    const fallback = await server.prefetchRecommendations({
      baseUrl: 'http://cms.test',
      fetch,
      lists: [{ list: 'similar', productId: 'p1', limit: 2 }],
    });
    const html = renderToString(
      <client.RecommendationsProvider baseUrl="http://cms.test" fallback={fallback}>
        <client.SimilarProducts productId="p1" limit={2} />
      </client.RecommendationsProvider>,
    );
    expect(html).toContain('Linen napkins, set of four');
    expect(html).toContain('Walnut cutting board');
    expect(fetch.requests).toHaveLength(1);
  });

  it('ships a stylesheet for apps without Tailwind: plain CSS in a layer, every rule behind :where()', () => {
    const css = readFileSync(dist('styles.css'), 'utf8');
    expect(css).toContain('@layer components{');
    expect(css).not.toContain('@apply');
    expect(css).toMatch(/:where\(\[data-slot=aisle-card\]/);
    expect(css).toMatch(/:where\(:root\)\{--aisle-fg:#18181b;/);
    expect(css).toMatch(/:where\(\.dark,\[data-theme=dark\]\)\{--aisle-fg:#fafafa;/);
  });
});
