import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../io/__tests__/tempFile.js';
import { BASKETS_TSV, CATALOG_JSONL, RATINGS_TSV } from './__tests__/outdoorStore.js';
import { interactiveIo, runInMemory } from './__tests__/runInMemory.js';
import { runCli } from './runCli.js';

const { dir, file } = useTempDir();
const ratings = file('ratings.tsv', `${RATINGS_TSV}\n`);
const baskets = file('baskets.tsv', `${BASKETS_TSV}\n`);
const catalog = file('catalog.jsonl', `${CATALOG_JSONL}\n`);

async function trainedModel(name: string, ...flags: string[]): Promise<string> {
  const out = join(dir, name);
  const run = await runInMemory(['train', ...flags, '--out', out]);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return out;
}

function answers(stdout: string): unknown[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

describe('aisle-engine train', () => {
  it('trains from interactions, writes the model and prints one summary line', async () => {
    const out = join(dir, 'ratings.model');
    const run = await runInMemory(['train', '--interactions', ratings, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const size = statSync(out).size;
    expect(size).toBeGreaterThan(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^trained on 14 interactions, 7 users, 6 products, 0 orders in \\d+\\.\\d\\d s; wrote ${out.replace(/[.\\]/g, '\\$&')} \\(\\d.* (B|KiB)\\)\\n$`,
      ),
    );
  });

  it('trains from baskets with a catalog, counting what the catalog does not have', async () => {
    const run = await runInMemory([
      'train',
      '--baskets',
      baskets,
      '--catalog',
      catalog,
      '--out',
      join(dir, 'b.model'),
    ]);
    expect(run.code).toBe(0);
    // tea and lamp are not in the catalog: 2 of the 15 purchases are skipped.
    expect(run.stdout).toMatch(
      /^trained on 13 interactions \(2 skipped: not in the catalog\), \d+ users, 5 products, 6 orders \(co-purchase λ 50\) in /,
    );
  });

  it('takes a configuration file and names it when it is wrong', async () => {
    const good = file('config.json', JSON.stringify({ halfLifeDays: 30, minSupport: 1 }));
    expect(
      (await runInMemory(['train', '--baskets', baskets, '--config', good, '--out', join(dir, 'c.model')]))
        .code,
    ).toBe(0);
    const badJson = file('bad.json', '{"halfLifeDays": }');
    const run = await runInMemory([
      'train',
      '--baskets',
      baskets,
      '--config',
      badJson,
      '--out',
      join(dir, 'x.model'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^aisle-engine: ${badJson}: bad JSON: `));
    const unknown = file('unknown.json', JSON.stringify({ halfLife: 3 }));
    const second = await runInMemory([
      'train',
      '--baskets',
      baskets,
      '--config',
      unknown,
      '--out',
      join(dir, 'x.model'),
    ]);
    expect(second).toMatchObject({
      code: 1,
      stderr: `aisle-engine: ${unknown}: config halfLife is not an option\n`,
    });
  });

  it('names the file and the line of bad input, exits 1 and writes no model', async () => {
    const bad = file('bad.tsv', 'u1\ttent\t5\nu2\tbag\tfive\n');
    const out = join(dir, 'never.model');
    const run = await runInMemory(['train', '--interactions', bad, '--out', out]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `aisle-engine: ${bad}:2: weight "five" is not a number\n`,
    });
    expect(existsSync(out)).toBe(false);
    const badCatalog = file('bad.jsonl', '{"id":"a","title":"A"}\n{"id":"b"}\n');
    const second = await runInMemory([
      'train',
      '--interactions',
      ratings,
      '--catalog',
      badCatalog,
      '--out',
      out,
    ]);
    expect(second.stderr).toBe(
      `aisle-engine: ${badCatalog}:2: "title" must be a non-empty string, got nothing\n`,
    );
    const missing = await runInMemory(['train', '--interactions', join(dir, 'nope.tsv'), '--out', out]);
    expect(missing).toMatchObject({
      code: 1,
      stderr: `aisle-engine: ${join(dir, 'nope.tsv')}: cannot read: no such file\n`,
    });
    const empty = await runInMemory(['train', '--baskets', file('empty.tsv', ''), '--out', out]);
    expect(empty.stderr).toMatch(/empty\.tsv: no baskets, the file is empty\n$/);
  });

  it('says so when it cannot write the model', async () => {
    const run = await runInMemory([
      'train',
      '--interactions',
      ratings,
      '--out',
      join(dir, 'no-dir', 'm.model'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^aisle-engine: cannot write .*no-dir\/m\.model: ENOENT/);
  });
});

describe('aisle-engine recommend', () => {
  it('answers each request line in order, with errors for malformed lines', async () => {
    const model = await trainedModel('r.model', '--interactions', ratings);
    const input = [
      '{"list":"picks-for-you","userId":"u4","limit":1}',
      '',
      'not json',
      '{"list":"picks-for-you","userId":"u7","limit":2}',
      '{"list":"bestselling"}',
      '{"list":"people-also-like","productId":"tent","limit":101}',
      '{"list":"people-also-like","productId":"no-such-product","fallback":[]}',
      '{"list":"picks-for-you","userId":"u4","limit":1,"colour":"red"}',
    ].join('\r\n');
    const run = await runInMemory(['recommend', '--model', model], `${input}\n`);
    expect(run.code).toBe(0);
    const [first, bad, second, unknownList, badLimit, unknownProduct, unknownField, ...rest] = answers(
      run.stdout,
    );
    expect(rest).toEqual([]);
    expect(first).toEqual({
      items: [
        {
          id: 'bag',
          score: expect.any(Number),
          reasons: [expect.objectContaining({ productId: 'tent' })],
          source: 'ai',
        },
      ],
    });
    expect(bad).toEqual({ error: expect.stringMatching(/^line 3: bad JSON: /) });
    expect(second).toMatchObject({ items: [{ id: 'kettle' }, {}] });
    expect(unknownList).toEqual({
      error: expect.stringMatching(/^line 5: list must be one of new, best-selling, .*got "bestselling"$/),
    });
    expect(badLimit).toEqual({ error: 'line 6: limit must be an integer from 1 to 100, got 101' });
    expect(unknownProduct).toEqual({ items: [] });
    expect(unknownField).toEqual({ error: 'line 8: "colour" is not a request field' });
  });

  it('answers a line before the input ends', async () => {
    const model = await trainedModel('s.model', '--interactions', ratings);
    const io = interactiveIo();
    const done = runCli(['recommend', '--model', model], io);
    io.stdin.write('{"list":"picks-for-you","userId":"u4","limit":1}\n');
    expect(JSON.parse(await io.nextLine())).toMatchObject({ items: [{ id: 'bag' }] });
    io.stdin.write('{"list":"picks-for-you","userId":"u7","limit":1}\n');
    expect(JSON.parse(await io.nextLine())).toMatchObject({ items: [{ id: 'kettle' }] });
    io.stdin.end();
    expect(await done).toBe(0);
  });

  it('serves frequently-bought-together for a basket from a basket-trained model', async () => {
    const model = await trainedModel('fbt.model', '--baskets', baskets, '--catalog', catalog);
    const run = await runInMemory(
      ['recommend', '--model', model],
      '{"list":"frequently-bought-together","basket":["mug"],"limit":1,"fallback":[]}\n',
    );
    expect(answers(run.stdout)).toEqual([
      {
        items: [
          {
            id: 'kettle',
            score: expect.any(Number),
            reasons: [expect.objectContaining({ kind: 'bought-with' })],
            source: 'ai',
          },
        ],
      },
    ]);
  });

  it('answers a basket of 1,000 lines, unknown ones skipped and named, and refuses 1,001 on that line only', async () => {
    const model = await trainedModel('wholesale.model', '--baskets', baskets, '--catalog', catalog);
    const unknown = Array.from({ length: 999 }, (_, i) => `not-in-the-catalog-${i}`);
    const wholesale = ['mug', ...unknown];
    const request = { list: 'frequently-bought-together', limit: 1, fallback: [] };
    const run = await runInMemory(
      ['recommend', '--model', model],
      `${JSON.stringify({ ...request, basket: wholesale })}\n` +
        `${JSON.stringify({ ...request, basket: [...wholesale, 'one-more'] })}\n`,
    );
    expect(run.code).toBe(0);
    expect(answers(run.stdout)).toEqual([
      { items: [expect.objectContaining({ id: 'kettle' })], unknownIds: unknown },
      { error: 'line 2: basket must be a list of at most 1000 ids, got 1001 ids' },
    ]);
  });

  it('rejects a file that is not a model', async () => {
    const run = await runInMemory(['recommend', '--model', ratings], '');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^aisle-engine: ${ratings}: model is broken: `));
  });
});

describe('aisle-engine evaluate', () => {
  const test = file(
    'test.tsv',
    'u1\tlamp\t4\t2024-02-01 00:00:00\nu4\tbag\t5\t2024-02-01 00:00:00\nu7\tkettle\t5\t2024-02-01 00:00:00\n',
  );

  it('prints the metrics of picks-for-you as a table', async () => {
    const run = await runInMemory(['evaluate', '--train', ratings, '--test', test, '--k', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^picks-for-you: 3 test users, k = 2\nmetric +value\n-+ +-+\nprecision@2 +0\.\d{4}\n/,
    );
    for (const metric of [
      'recall@2',
      'nDCG@2',
      'MAP@2',
      'hit rate@2',
      'catalog coverage',
      'train seconds',
      'recommend seconds',
    ]) {
      expect(run.stdout).toContain(metric);
    }
  });

  it('prints JSON with --json', async () => {
    const run = await runInMemory(['evaluate', '--train', ratings, '--test', test, '--k', '2', '--json']);
    const result = JSON.parse(run.stdout) as Record<string, number>;
    // u4 gets bag and u7 kettle first: 2 of the 3 users hit.
    expect(result).toMatchObject({ list: 'picks-for-you', k: 2, users: 3 });
    expect(result.hitRate).toBeGreaterThanOrEqual(2 / 3);
    expect(result.recall).toBeGreaterThanOrEqual(2 / 3);
  });

  it('measures frequently-bought-together on held-out basket items with --baskets', async () => {
    const testBaskets = file(
      'test-baskets.tsv',
      'q1\t1704708000\ttent|bag\nq2\t1704708000\tmug|kettle\nq3\t1704708000\tlamp\n',
    );
    const run = await runInMemory([
      'evaluate',
      '--baskets',
      '--train',
      baskets,
      '--test',
      testBaskets,
      '--json',
      '--seed',
      '3',
    ]);
    expect(run.code).toBe(0);
    // Whichever item is held out, the other one's partner is the best pair: every basket hits at rank 1.
    expect(JSON.parse(run.stdout)).toMatchObject({
      list: 'frequently-bought-together',
      seed: 3,
      k: 10,
      baskets: 2,
      hitRate: 1,
      mrr: 1,
    });
  });
});

describe('aisle-engine command line', () => {
  it('prints help and the version', async () => {
    const help = await runInMemory(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(
      /^aisle-engine: Aisle's recommendation engine\n\nusage: aisle-engine <command> \[flags\]/,
    );
    expect((await runInMemory(['help'])).stdout).toBe(help.stdout);
    expect((await runInMemory(['help', 'recommend'])).stdout).toMatch(
      /^aisle-engine recommend --model MODEL\n/,
    );
    expect((await runInMemory(['train', '--help'])).stdout).toMatch(
      /^aisle-engine train \(--interactions FILE/,
    );
    const version = await runInMemory(['--version']);
    expect(version).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('exits 2 with a message on a command line it does not understand', async () => {
    const cases: [string[], RegExp][] = [
      [[], /^aisle-engine: Aisle's recommendation engine/],
      [['serve'], /^aisle-engine: unknown command "serve"\n/],
      [['--verbose'], /^aisle-engine: unknown flag "--verbose"\n/],
      [['help', 'serve'], /^aisle-engine: unknown command "serve"\n/],
      [
        ['train', '--interactions', ratings, '--out'],
        /^aisle-engine: train: Option '-o, --out <value>' argument missing\n/,
      ],
      [
        ['train', '--interactions', ratings, '--outt', 'm'],
        /^aisle-engine: train: Unknown option '--outt'\n/,
      ],
      [['train', '--interactions', ratings], /^aisle-engine: train: --out MODEL is required\n/],
      [
        ['train', '--interactions', ratings, '--baskets', baskets, '--out', 'm'],
        /^aisle-engine: train: give either --interactions FILE or --baskets FILE\n/,
      ],
      [
        ['train', 'ratings.tsv'],
        /^aisle-engine: train: Unexpected argument 'ratings\.tsv'\. This command does not take positional arguments\n/,
      ],
      [['recommend'], /^aisle-engine: recommend: --model MODEL is required\n/],
      [
        ['evaluate', '--train', ratings],
        /^aisle-engine: evaluate: --train FILE and --test FILE are required\n/,
      ],
      [
        ['evaluate', '--train', ratings, '--test', ratings, '--k', '0'],
        /^aisle-engine: evaluate: --k must be an integer from 1 to 100, got "0"\n/,
      ],
      [
        ['evaluate', '--train', ratings, '--test', ratings, '--seed', '1'],
        /^aisle-engine: evaluate: --seed chooses the held-out basket items/,
      ],
    ];
    for (const [argv, message] of cases) {
      const run = await runInMemory(argv);
      expect({ argv, code: run.code, stdout: run.stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(run.stderr).toMatch(message);
    }
  });
});
