import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../errors.js';
import { useTempDir } from './__tests__/tempFile.js';
import { readCatalogJsonl } from './readCatalogJsonl.js';

const { file } = useTempDir();

function failure(content: string): string {
  const path = file('catalog.jsonl', content);
  try {
    readCatalogJsonl(path);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineInputError);
    return (error as Error).message.replace(path, 'catalog.jsonl');
  }
  throw new Error('no error thrown');
}

const TENT = {
  id: 'tent-2p',
  title: 'Two-person tent',
  description: 'Light and quick to pitch',
  category: ['Outdoor', 'Tents'],
  brand: 'Alpaca',
  tags: ['camping'],
  price: 199.5,
  launchedAt: '2024-03-01',
  available: true,
  attributes: { colour: 'green', weightKg: 2.1, waterproof: true },
};

describe('readCatalogJsonl', () => {
  it('reads every product field', () => {
    const path = file(
      'ok.jsonl',
      `\uFEFF${JSON.stringify(TENT)}\r\n\n{"id":"mug","title":"Mug","launchedAt":1700000000000}`,
    );
    expect(readCatalogJsonl(path)).toEqual([
      TENT,
      { id: 'mug', title: 'Mug', launchedAt: 1_700_000_000_000 },
    ]);
  });

  it('names the file, the line and what is wrong', () => {
    const line = (fields: Record<string, unknown>): string =>
      JSON.stringify({ id: 'p', title: 'P', ...fields });
    expect(failure(`${line({})}\n{"id": "q", "title": }\n`)).toMatch(
      /^aisle-engine: catalog\.jsonl:2: bad JSON: /,
    );
    expect(failure('[1, 2]\n')).toBe('aisle-engine: catalog.jsonl:1: a product must be a JSON object');
    expect(failure('{"title":"No id"}\n')).toBe(
      'aisle-engine: catalog.jsonl:1: "id" must be a non-empty string, got nothing',
    );
    expect(failure('{"id":"p","title":""}\n')).toBe(
      'aisle-engine: catalog.jsonl:1: "title" must be a non-empty string, got ""',
    );
    expect(failure('{"id":7,"title":"Seven"}\n')).toBe(
      'aisle-engine: catalog.jsonl:1: "id" must be a non-empty string, got 7',
    );
    expect(failure(line({ price: '12' }))).toBe(
      'aisle-engine: catalog.jsonl:1: "price" must be a number of at least 0, got "12"',
    );
    expect(failure(line({ price: -1 }))).toBe(
      'aisle-engine: catalog.jsonl:1: "price" must be a number of at least 0, got -1',
    );
    expect(failure(line({ category: 'Outdoor > Tents' }))).toBe(
      'aisle-engine: catalog.jsonl:1: "category" must be a list of non-empty strings, got "Outdoor > Tents"',
    );
    expect(failure(line({ tags: ['a', 3] }))).toBe(
      'aisle-engine: catalog.jsonl:1: "tags" must be a list of non-empty strings, got ["a",3]',
    );
    expect(failure(line({ brand: false }))).toBe(
      'aisle-engine: catalog.jsonl:1: "brand" must be a string, got false',
    );
    expect(failure(line({ available: 'yes' }))).toBe(
      'aisle-engine: catalog.jsonl:1: "available" must be true or false, got "yes"',
    );
    expect(failure(line({ launchedAt: 'soon' }))).toBe(
      'aisle-engine: catalog.jsonl:1: "launchedAt" must be milliseconds since the epoch or an ISO 8601 date, got "soon"',
    );
    expect(failure(line({ attributes: { size: null } }))).toBe(
      'aisle-engine: catalog.jsonl:1: attribute "size" must be a string, a number or true/false, got null',
    );
    expect(failure(line({ attributes: [] }))).toBe(
      'aisle-engine: catalog.jsonl:1: "attributes" must be an object, got []',
    );
    expect(failure(line({ titel: 'typo' }))).toMatch(
      /^aisle-engine: catalog\.jsonl:1: "titel" is not a product field \(id, title,/,
    );
    expect(failure(`${line({})}\n\n${line({})}\n`)).toBe(
      'aisle-engine: catalog.jsonl:3: id "p" is already on line 1',
    );
  });

  it('rejects an empty file', () => {
    expect(failure('\n')).toBe('aisle-engine: catalog.jsonl: no products, the file is empty');
  });
});
