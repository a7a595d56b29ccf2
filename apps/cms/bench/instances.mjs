// Benchmark of several CMS instances on one PostgreSQL: starts a throwaway PostgreSQL 15 cluster, seeds the
// synthetic store (small, no pictures) into it, then serves the storefront's lists at a constant arrival rate
// from one instance, and from two instances at that rate each (twice the traffic), and prints the latency
// percentiles and each process's CPU. Run with `pnpm --filter @aisle/cms bench:instances` after `pnpm build`.
// Options: --rate=N (requests a second per instance, 150), --seconds=N (20). It prints numbers; it asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createShopperToken } from '@aisle/react/shopper-token';

import { constantRate } from './constantRate.mjs';

// Personal lists as a shop's browsers ask for them: with the shopper token the shop's server signed.
const SHOPPER_SECRET = 'bench-shopper-token-secret';
const signed = (userId) =>
  encodeURIComponent(createShopperToken({ secret: SHOPPER_SECRET, userId, ttlSeconds: 86_400 }));

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
for (const key of Object.keys(options)) {
  if (key !== 'rate' && key !== 'seconds') {
    console.error(`aisle-cms bench:instances: unknown option --${key} (known: --rate=N, --seconds=N)`);
    process.exit(2);
  }
}
const RATE = Number(options.rate ?? 150);
const SECONDS = Number(options.seconds ?? 20);
const PG_BIN = process.env.AISLE_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
const appDir = fileURLToPath(new URL('..', import.meta.url));
const strapiBin = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const work = mkdtempSync(path.join(tmpdir(), 'aisle-bench-instances-'));
chmodSync(work, 0o777);
mkdirSync(path.join(work, 'uploads'));
const LISTS = [
  '/api/recommendations/lists/best-selling?limit=10',
  '/api/recommendations/lists/trending?limit=10',
  '/api/recommendations/lists/new?limit=10',
  '/api/recommendations/lists/similar?productId=P00010',
  '/api/recommendations/lists/people-also-like?productId=P00100',
  '/api/recommendations/lists/frequently-bought-together?productId=P00200&limit=4',
  `/api/recommendations/lists/picks-for-you?shopperToken=${signed('u17')}`,
  `/api/recommendations/lists/recently-viewed?shopperToken=${signed('u42')}`,
];

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function postgresTool(tool, args) {
  const command = [path.join(PG_BIN, tool), ...args];
  const result =
    process.getuid?.() === 0
      ? spawnSync('runuser', ['-u', 'postgres', '--', ...command], { encoding: 'utf8' })
      : spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}${result.stdout}`);
}

const pgPort = await freePort();
const data = path.join(work, 'data');
postgresTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
postgresTool('pg_ctl', [
  '-D',
  data,
  '-l',
  path.join(work, 'log'),
  '-w',
  '-o',
  `-c listen_addresses=127.0.0.1 -p ${pgPort} -k ${work} -c fsync=off`,
  'start',
]);
const env = {
  ...process.env,
  NODE_ENV: 'production',
  APP_KEYS: 'bench-key-1,bench-key-2',
  ADMIN_JWT_SECRET: 'bench-admin-jwt',
  API_TOKEN_SALT: 'bench-api-token-salt',
  TRANSFER_TOKEN_SALT: 'bench-transfer-salt',
  ENCRYPTION_KEY: 'bench-encryption-key',
  JWT_SECRET: 'bench-jwt',
  AISLE_SHOPPER_TOKEN_SECRET: SHOPPER_SECRET,
  DATABASE_CLIENT: 'postgres',
  DATABASE_URL: `postgres://postgres@127.0.0.1:${pgPort}/postgres`,
  PUBLIC_DIR: work,
  HOST: '127.0.0.1',
  STRAPI_LOG_LEVEL: 'warn',
  STRAPI_TELEMETRY_DISABLED: 'true',
  CRON_ENABLED: 'false',
};

const servers = [];
try {
  console.log('== seed (synthetic store, small, no pictures) into a throwaway PostgreSQL');
  let started = Date.now();
  const seed = spawnSync(process.execPath, ['scripts/seed.mjs', '--no-images'], {
    cwd: appDir,
    env,
    encoding: 'utf8',
  });
  if (seed.status !== 0) throw new Error(`seed failed:\n${seed.stderr}\n${seed.stdout}`);
  console.log(`seed: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  for (const count of [1, 2]) {
    while (servers.length < count) servers.push(await startServer());
    console.log(
      `\n== ${count} instance(s), ${RATE} list requests a second each (${count * RATE} in all), ${SECONDS} s`,
    );
    const cpuBefore = servers.map((server) => cpuMs(server.child.pid));
    const clientBefore = process.cpuUsage();
    const results = await Promise.all(
      servers.map((server) => constantRate({ url: server.url, paths: LISTS, rate: RATE, seconds: SECONDS })),
    );
    const client = process.cpuUsage(clientBefore);
    results.forEach((result, index) => {
      const cpu = cpuMs(servers[index].child.pid) - cpuBefore[index];
      console.log(
        `instance ${index + 1}: ${result.requests} requests, errors ${result.errors}; latency ms p50 ${result.p50.toFixed(1)}, ` +
          `p90 ${result.p90.toFixed(1)}, p99 ${result.p99.toFixed(1)}, max ${result.max.toFixed(1)}; CPU ${(cpu / result.requests).toFixed(2)} ms a request`,
      );
    });
    console.log(`load generator (this process) CPU: ${((client.user + client.system) / 1000).toFixed(0)} ms`);
  }
  console.log(`\nload average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
} finally {
  for (const server of servers) server.child.kill('SIGTERM');
  await Promise.all(servers.map((server) => new Promise((resolve) => server.child.once('exit', resolve))));
  try {
    postgresTool('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [strapiBin, 'start'], {
    cwd: appDir,
    env: { ...env, PORT: String(port), STRAPI_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const warmedUp = new Promise((resolve) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen = (seen + chunk).slice(-2000);
      if (/storefront warmed up/.test(seen)) resolve();
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  await Promise.race([warmedUp, new Promise((resolve) => setTimeout(resolve, 120_000))]);
  console.log(`instance on port ${port} warmed up after ${Date.now() - started} ms`);
  return { child, url };
}

// A process's own CPU time (Linux /proc).
function cpuMs(pid) {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return 0;
  const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
  const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
