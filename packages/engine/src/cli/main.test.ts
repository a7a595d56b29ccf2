import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../io/__tests__/tempFile.js';
import { RATINGS_TSV } from './__tests__/outdoorStore.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
// The package's bin: dist/cli/main.js and its imports bundled into one file by scripts/bundleCli.mjs.
const bin = join(packageDir, 'dist', 'cli', 'aisle-engine.js');
const { dir, file } = useTempDir();

function aisleEngine(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built aisle-engine bin', () => {
  beforeAll(() => {
    // `pnpm check` builds before testing; a test run on a fresh checkout builds here instead of skipping.
    if (!existsSync(bin)) {
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
        cwd: packageDir,
        encoding: 'utf8',
      });
      expect(build.stdout + build.stderr).toBe('');
      const bundle = spawnSync(process.execPath, ['scripts/bundleCli.mjs'], {
        cwd: packageDir,
        encoding: 'utf8',
      });
      expect(bundle.stdout + bundle.stderr).toBe('');
    }
  }, 120_000);

  it('is a node script that prints its version', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(aisleEngine(['--version'])).toEqual({ status: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('trains a model and answers requests piped to it', () => {
    const ratings = file('ratings.tsv', RATINGS_TSV);
    const model = join(dir, 'spawned.model');
    const trained = aisleEngine(['train', '--interactions', ratings, '--out', model]);
    expect(trained.status).toBe(0);
    expect(trained.stdout).toMatch(/^trained on 14 interactions, 7 users, 6 products/);
    const served = aisleEngine(
      ['recommend', '--model', model],
      '{"list":"picks-for-you","userId":"u4","limit":1}\n{"limit":1}\n',
    );
    expect(served.status).toBe(0);
    const [answer, error] = served.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(answer).toMatchObject({ items: [{ id: 'bag', source: 'ai' }] });
    expect(error).toEqual({ error: expect.stringMatching(/^line 2: list must be one of /) });
  });

  it('exits 1 on a bad file and 2 on an unknown command, with the message on stderr', () => {
    const bad = file('bad.tsv', 'u1\ttent\t5\t1700000000\nu2\tbag\t4\tnoon\n');
    expect(aisleEngine(['train', '--interactions', bad, '--out', join(dir, 'x.model')])).toEqual({
      status: 1,
      stdout: '',
      stderr: `aisle-engine: ${bad}:2: timestamp "noon" is neither unix seconds nor YYYY-MM-DD HH:MM:SS\n`,
    });
    const unknown = aisleEngine(['fly']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^aisle-engine: unknown command "fly"\n/);
  });
});
