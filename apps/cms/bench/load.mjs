// Load benchmark of the storefront API on `strapi start` with SQLite (or PostgreSQL with DATABASE_CLIENT and
// DATABASE_URL): seeds the synthetic store (small) into a throwaway database, starts the server on a free loopback
// port, then measures
//   lists:  GET of every list type at 200 requests a second: autocannon with 20 and 10 connections (its pacing
//           sends bursts), then one request every 5 ms (latency percentiles, server CPU a request);
//   events: POST of 100-event batches at a fixed 1,000 then 5,000 events a second, and how many were stored.
// Run with `pnpm --filter @aisle/cms bench` after `pnpm build`. It prints numbers; it asserts nothing.
// Options: --lists-only (skip the events runs), --cpu-prof=DIR (V8 CPU profile of the server, written when it
// stops). With DATABASE_FILENAME naming a seeded database (a copy: the runs write to it), the seed is skipped.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import autocannon from 'autocannon';

import { BENCH_ENV, benchLists, cpuMs, freePort } from './benchKit.mjs';
import { constantRate } from './constantRate.mjs';

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
for (const key of Object.keys(options)) {
  if (key !== 'lists-only' && key !== 'cpu-prof') {
    console.error(`aisle-cms bench: unknown option --${key} (known: --lists-only, --cpu-prof=DIR)`);
    process.exit(2);
  }
}
const appDir = fileURLToPath(new URL('..', import.meta.url));
const strapiBin = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const work = mkdtempSync(path.join(tmpdir(), 'aisle-bench-'));
mkdirSync(path.join(work, 'uploads'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  ...BENCH_ENV,
  DATABASE_FILENAME: process.env.DATABASE_FILENAME ?? path.join(work, 'data.db'),
  PUBLIC_DIR: work,
  PORT: String(port),
  // info: the plugin logs when its storefront warm-up is done, which the lists wait for.
  STRAPI_LOG_LEVEL: 'info',
};
const admin = { email: 'bench@aisle.test', password: 'Bench-pass-123' };

function step(title) {
  console.log(`\n== ${title}`);
}

function runOrFail(args, label) {
  const result = spawnSync(process.execPath, args, { cwd: appDir, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}):\n${result.stderr}\n${result.stdout}`);
  }
  return result.stdout;
}

let server;
try {
  step('seed (synthetic store, small, no pictures)');
  let started = Date.now();
  const seedOutput = runOrFail(
    [
      'scripts/seed.mjs',
      '--no-images',
      '--skip-if-seeded',
      `--admin-email=${admin.email}`,
      `--admin-password=${admin.password}`,
    ],
    'seed',
  );
  console.log(
    seedOutput
      .trim()
      .split('\n')
      .filter((line) => /events:|training:|seeded already/.test(line))
      .join('\n'),
  );
  console.log(`seed: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  step('strapi start');
  started = Date.now();
  const profile =
    options['cpu-prof'] === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options['cpu-prof']}`];
  server = spawn(process.execPath, [...profile, strapiBin, 'start'], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const warmedUp = new Promise((resolve) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen = (seen + chunk).slice(-2000);
      const found = seen.match(/storefront warmed up \(([^)]*)\)/);
      if (found) resolve(found[1]);
    });
  });
  await waitForHealth();
  console.log(`/_health answers after ${Date.now() - started} ms`);
  const token = await login();
  const settings = await fetch(`${base}/recommendations/settings`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ events: { rateLimitPerMinute: 1_000_000 } }),
  });
  if (!settings.ok) throw new Error(`settings: ${settings.status} ${await settings.text()}`);

  step('lists at 200 requests a second (20 s, 8 list types)');
  started = Date.now();
  const warmUp = await Promise.race([warmedUp, new Promise((resolve) => setTimeout(resolve, 60_000, null))]);
  console.log(
    warmUp === null
      ? 'the storefront warm-up was not logged within 60 s'
      : `the server's storefront warm-up: ${warmUp} (waited ${Date.now() - started} ms for it)`,
  );
  const lists = benchLists();
  // Each run is a fresh autocannon; the server's first thousands of requests still run slower (JIT, heap growth).
  for (const connections of [20, 10]) {
    const cpuBefore = serverCpuMs();
    const listRun = await autocannon({
      url: base,
      connections,
      duration: 20,
      overallRate: 200,
      requests: lists.map((list) => ({ method: 'GET', path: list })),
    });
    console.log(`autocannon, ${connections} connections:`);
    report(listRun);
    reportCpu(cpuBefore, listRun.requests.total);
  }
  {
    const cpuBefore = serverCpuMs();
    const steady = await constantRate({ url: base, paths: lists, rate: 200, seconds: 20 });
    console.log('one request every 5 ms (constant arrival rate):');
    console.log(`requests ${steady.requests} in ${steady.seconds.toFixed(1)} s, errors ${steady.errors}`);
    console.log(
      `latency ms: p50 ${steady.p50.toFixed(1)}, p90 ${steady.p90.toFixed(1)}, p99 ${steady.p99.toFixed(1)}, max ${steady.max.toFixed(1)}`,
    );
    reportCpu(cpuBefore, steady.requests);
  }

  for (const eventsPerSecond of options['lists-only'] === undefined ? [1000, 5000] : []) {
    step(`events at ${eventsPerSecond} a second (100 a request, 20 s)`);
    const before = await storedEvents(token);
    const batch = Array.from({ length: 100 }, (_, index) => ({
      type: index % 10 === 0 ? 'add_to_cart' : 'view',
      productId: `P${String(((index * 37) % 1000) + 1).padStart(5, '0')}`,
      sessionId: `bench-${index % 25}`,
    }));
    const eventRun = await autocannon({
      url: `${base}/api/recommendations/events`,
      method: 'POST',
      connections: 20,
      duration: 20,
      overallRate: eventsPerSecond / 100,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ events: batch }),
    });
    report(eventRun);
    // Requests still in flight when the run stops are answered after it: wait for them before counting.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const sent = eventRun.requests.sent * 100;
    const stored = (await storedEvents(token)) - before;
    const acknowledged = eventRun['2xx'] * 100;
    console.log(
      `events sent ${sent} (requests cut off by the end of the run included), answered 202 ${acknowledged}, ` +
        `stored ${stored}; acknowledged but not stored: ${Math.max(0, acknowledged - stored)}`,
    );
  }
} finally {
  server?.kill('SIGTERM');
  await new Promise((resolve) => (server ? server.once('exit', resolve) : resolve()));
  rmSync(work, { recursive: true, force: true });
}

// The server's own CPU time.
function serverCpuMs() {
  return cpuMs(server.pid);
}

function reportCpu(before, requests) {
  const after = serverCpuMs();
  if (before === null || after === null || requests === 0) return;
  const perRequest = (after - before) / requests;
  console.log(
    `server CPU: ${perRequest.toFixed(2)} ms a request (${(1000 / perRequest).toFixed(0)} requests a second on one core)`,
  );
}

function report(result) {
  const { latency, requests } = result;
  console.log(
    `requests ${result.requests.total} (${requests.average.toFixed(0)}/s), non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  console.log(
    `latency ms: p50 ${latency.p50}, p90 ${latency.p90}, p99 ${latency.p99}, max ${latency.max}, mean ${latency.average.toFixed(2)}`,
  );
}

async function storedEvents(token) {
  const response = await fetch(`${base}/recommendations/model`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await response.json()).data.events;
}

async function login() {
  const response = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const body = await response.json();
  const token = body.data?.accessToken ?? body.data?.token;
  if (!token) throw new Error(`login: ${response.status} ${JSON.stringify(body)}`);
  return token;
}

async function waitForHealth() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/_health`)).status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('strapi start: no answer on /_health within 120 s');
}
