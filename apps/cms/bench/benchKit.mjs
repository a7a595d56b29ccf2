// What the CMS benchmarks share: the server's environment, shopper tokens, free ports and a process's CPU time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

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
