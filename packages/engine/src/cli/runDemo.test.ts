import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalogJsonl } from '../io/readCatalogJsonl.js';
import { useTempDir } from '../io/__tests__/tempFile.js';
import { runInMemory } from './__tests__/runInMemory.js';
import { runDemo } from './runDemo.js';

const { dir } = useTempDir();

describe('runDemo', () => {
  it('walks through every list with titles and reasons, and leaves a model the CLI can query', async () => {
    let output = '';
    const result = runDemo(
      { store: { seed: 3, products: 300, shoppers: 400, interactions: 20_000 }, outDir: dir },
      (text) => (output += text),
    );
    expect(output).toMatch(
      /^Aisle demo: a synthetic store \(seed 3\) of 300 products, [\d,]+ shoppers and sessions, [\d,]+ interactions over 120 days\.\nTrained in \d+\.\d\d s; the model takes \d+\.\d MiB\.\n/,
    );
    const sections = [
      'People also like',
      'Frequently bought together',
      'Similar products',
      'Frequently bought together (whole basket)',
      'Picks for you',
      'Recently viewed',
      'New arrivals',
      'Best-selling (last 30 days)',
      'Trending',
    ];
    for (const section of sections) {
      // Every section lists at least one item: a title line, then its reasons.
      expect(output).toMatch(
        new RegExp(
          `\\n  ${section.replace(/[()]/g, '\\$&')}\\n    1\\. .+ \\(P\\d+, .+\\)( \\[fallback\\])?\\n       \\S`,
        ),
      );
    }
    const catalog = readCatalogJsonl(result.catalogPath);
    const product = catalog.find((entry) => entry.id === result.productId)!;
    expect(output).toContain(`\nProduct page: ${product.title} (${product.id}, ${product.brand}, `);
    expect(output).toContain(`\nShopper ${result.userId}\n    Last bought: `);
    expect(output).toContain(`pnpm aisle-engine recommend --model ${result.modelPath}\n`);
    expect(readFileSync(result.catalogPath, 'utf8').split('\n')).toHaveLength(301);

    const request = JSON.stringify({ list: 'picks-for-you', userId: result.userId, limit: 3 });
    const served = await runInMemory(['recommend', '--model', result.modelPath], `${request}\n`);
    expect(JSON.parse(served.stdout)).toMatchObject({ items: [{ source: 'ai' }, {}, {}] });
  });
});
