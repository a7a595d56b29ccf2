// Benchmark of several CMS instances on one PostgreSQL: starts a throwaway PostgreSQL 15 cluster, seeds the
// synthetic store (small, no pictures) into it, then serves the storefront's lists at a constant arrival rate
// from one instance, and from two instances at that rate each (twice the traffic), and prints the latency
// percentiles and each process's CPU. Run with `pnpm --filter @aisle/cms bench:instances` after `pnpm build`.
// Options: --rate=N (requests a second per instance, 150), --seconds=N (20). It prints numbers; it asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { BENCH_ENV, benchLists, cpuMs, freePort, startBenchPostgres } from './benchKit.mjs';
import { constantRate } from './constantRate.mjs';

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
const appDir = fileURLToPath(new URL('..', import.meta.url));
const strapiBin = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const work = mkdtempSync(path.join(tmpdir(), 'aisle-bench-instances-'));
chmodSync(work, 0o777);
mkdirSync(path.join(work, 'uploads'));
const LISTS = benchLists();

const postgres = await startBenchPostgres(work);
const pgPort = postgres.port;
const env = {
  ...process.env,
  ...BENCH_ENV,
  DATABASE_CLIENT: 'postgres',
  DATABASE_URL: `postgres://postgres@127.0.0.1:${pgPort}/postgres`,
  PUBLIC_DIR: work,
  STRAPI_LOG_LEVEL: 'warn',
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
    postgres.stop();
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
