// What the CMS benchmarks share: the server's environment, shopper tokens, free ports and a process's CPU time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

import { createShopperToken } from '@aisle/react/shopper-token';

const SHOPPER_SECRET = 'bench-shopper-token-secret';

/** The benchmarks' own throwaway secrets (a benchmark's database is deleted after it) and production mode. */
export const BENCH_ENV = {
  NODE_ENV: 'production',
  APP_KEYS: 'bench-key-1,bench-key-2',
  ADMIN_JWT_SECRET: 'bench-admin-jwt',
  API_TOKEN_SALT: 'bench-api-token-salt',
  TRANSFER_TOKEN_SALT: 'bench-transfer-salt',
  ENCRYPTION_KEY: 'bench-encryption-key',
  JWT_SECRET: 'bench-jwt',
  AISLE_SHOPPER_TOKEN_SECRET: SHOPPER_SECRET,
  HOST: '127.0.0.1',
  STRAPI_TELEMETRY_DISABLED: 'true',
  CRON_ENABLED: 'false',
};

/** The eight lists, personal ones as a shop's browsers ask for them: with a shopper token its server signed. */
export function benchLists() {
  const signed = (userId) =>
    encodeURIComponent(createShopperToken({ secret: SHOPPER_SECRET, userId, ttlSeconds: 86_400 }));
  return [
    '/api/recommendations/lists/best-selling?limit=10',
    '/api/recommendations/lists/trending?limit=10',
    '/api/recommendations/lists/new?limit=10',
    '/api/recommendations/lists/similar?productId=P00010',
    '/api/recommendations/lists/people-also-like?productId=P00100',
    '/api/recommendations/lists/frequently-bought-together?productId=P00200&limit=4',
    `/api/recommendations/lists/picks-for-you?shopperToken=${signed('u17')}`,
    `/api/recommendations/lists/recently-viewed?shopperToken=${signed('u42')}`,
  ];
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** A process's own CPU time in ms (Linux /proc), which other jobs on a shared machine inflate far less than latency. */
export function cpuMs(pid) {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
  const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
  // utime and stime: fields 14 and 15 of stat, 12 and 13 after the command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

const PG_BIN = process.env.AISLE_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

/** Runs a PostgreSQL tool (as the postgres user when root, which initdb refuses to be); answers its output. */
export function postgresTool(tool, args) {
  const command = [path.join(PG_BIN, tool), ...args];
  const result =
    process.getuid?.() === 0
      ? spawnSync('runuser', ['-u', 'postgres', '--', ...command], { encoding: 'utf8' })
      : spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

/**
 * A throwaway PostgreSQL 15 cluster in `work` (a directory the postgres user may write), on a free port, without
 * fsync; `settings` are more `-c` options. `stop()` stops it at once (the directory is the caller's to remove).
 */
export async function startBenchPostgres(work, settings = []) {
  const port = await freePort();
  const data = path.join(work, 'data');
  postgresTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const options = [
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${work} -c fsync=off`,
    ...settings.map((setting) => `-c ${setting}`),
  ];
  postgresTool('pg_ctl', ['-D', data, '-l', path.join(work, 'log'), '-w', '-o', options.join(' '), 'start']);
  return { port, stop: () => postgresTool('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']) };
}
