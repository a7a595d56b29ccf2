// Starts the demo CMS, seeded with the synthetic store, as a real `strapi start` child process: for browser tests
// of the store and of the admin panel (`import { startSeededCms } from '@aisle/cms/testing'`).
//
// Seeding takes minutes, so it happens once: into a cached SQLite file (and its uploaded pictures) under
// apps/cms/.tmp/seeded-cms/<hash>, where the hash covers everything the seed depends on (this file, the seed,
// the app's content types and config, the plugin's server and the engine). Each start copies that cache into its
// own data directory, so a test can write (orders, settings) without changing what the next test sees.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = path.join(appDir, '..', '..');
const strapiBin = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const cacheRoot = path.join(appDir, '.tmp', 'seeded-cms');
const SEED_ARGS = ['--size=small', '--seed=1'];
/** The secret a store shares with this CMS to sign its signed-in customers (AISLE_SHOPPER_TOKEN_SECRET). */
const SHOPPER_TOKEN_SECRET = 'aisle-testing-shopper-token-secret';
const ADMIN = Object.freeze({ email: 'admin@aisle.test', password: 'Aisle-test-123' });
// What the seeded data depends on; a change in any of these seeds a new cache.
const SEED_INPUTS = [
  'apps/cms/testing/startSeededCms.mjs',
  'apps/cms/scripts/seed.mjs',
  'apps/cms/src',
  'apps/cms/config',
  'packages/strapi-plugin/server/src',
  'packages/engine/src',
];
const STALE_LOCK_MS = 15 * 60_000;
// The seeded history ends when it was seeded; orders a test places move the model's clock to the test's day, so a
// cache much older than best-selling's 30-day window would leave little history in it.
const MAX_CACHE_AGE_MS = 3 * 86_400_000;
const BOOT_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Starts a seeded CMS on 127.0.0.1:`port` and resolves once it answers, with its address, a Super Admin's
 * credentials and an admin JWT. `dataDir` keeps the run's database and uploads (reused when it holds a database
 * already); without it a temporary directory is used and removed by `stop()`.
 *
 * @param {{ port: number, dataDir?: string }} options
 */
export async function startSeededCms(options) {
  const port = options?.port;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`startSeededCms: port must be an integer from 1 to 65535, got ${String(port)}`);
  }
  if (!existsSync(path.join(appDir, 'dist', 'build', 'index.html'))) {
    throw new Error(
      'startSeededCms: the admin panel is not built (apps/cms/dist/build/index.html is missing); run `pnpm build` first',
    );
  }
  const ownDataDir = options.dataDir === undefined;
  const dataDir = ownDataDir ? mkdtempSync(path.join(tmpdir(), 'aisle-cms-')) : path.resolve(options.dataDir);
  const env = cmsEnv(dataDir, port);
  if (!existsSync(env.DATABASE_FILENAME)) {
    const cache = await seededCache();
    mkdirSync(dataDir, { recursive: true });
    cpSync(cache, dataDir, { recursive: true });
  }

  const child = spawn(process.execPath, [strapiBin, 'start'], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const keep = (chunk) => {
    output.push(...String(chunk).split('\n'));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // A test runner that exits without calling stop() must not leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped = null;
  const stop = () => {
    stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      if (ownDataDir) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    })();
    return stopped;
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([
      waitForHealth(url),
      exited.then(({ code, signal }) => {
        throw new Error(`strapi start exited (${signal ?? `code ${code}`}) before answering`);
      }),
    ]);
    const adminToken = await login(url);
    return { url, admin: { ...ADMIN }, adminToken, dataDir, shopperTokenSecret: SHOPPER_TOKEN_SECRET, stop };
  } catch (error) {
    await stop();
    throw new Error(
      `startSeededCms: ${error.message}\n--- last output of strapi start:\n${output.join('\n')}`,
      {
        cause: error,
      },
    );
  }
}

function cmsEnv(dataDir, port) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    APP_KEYS: 'aisle-testing-key-1,aisle-testing-key-2',
    ADMIN_JWT_SECRET: 'aisle-testing-admin-jwt',
    API_TOKEN_SALT: 'aisle-testing-api-token-salt',
    TRANSFER_TOKEN_SALT: 'aisle-testing-transfer-salt',
    ENCRYPTION_KEY: 'aisle-testing-encryption-key',
    JWT_SECRET: 'aisle-testing-jwt',
    AISLE_SHOPPER_TOKEN_SECRET: SHOPPER_TOKEN_SECRET,
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dataDir, 'data.db'),
    PUBLIC_DIR: path.join(dataDir, 'public'),
    HOST: '127.0.0.1',
    PORT: String(port),
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'error',
    STRAPI_TELEMETRY_DISABLED: 'true',
    CRON_ENABLED: 'false',
  };
}

/** The cache directory for the current seed inputs, seeded first if it does not exist. */
async function seededCache() {
  const key = hashInputs();
  const ready = path.join(cacheRoot, key);
  if (existsSync(path.join(ready, 'data.db'))) {
    if (Date.now() - statSync(ready).mtimeMs < MAX_CACHE_AGE_MS) {
      return ready;
    }
    rmSync(ready, { recursive: true, force: true });
  }
  mkdirSync(cacheRoot, { recursive: true });
  const lock = `${ready}.lock`;
  while (!tryLock(lock)) {
    // Another process seeds the same cache: wait for it (or take over a lock its dead owner left).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (existsSync(path.join(ready, 'data.db'))) {
      return ready;
    }
  }
  try {
    if (existsSync(path.join(ready, 'data.db'))) {
      return ready;
    }
    const building = `${ready}.building`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(path.join(building, 'public', 'uploads'), { recursive: true });
    process.stderr.write(`startSeededCms: seeding the demo store once into ${ready} (about 2 minutes)\n`);
    await runSeed(building);
    renameSync(building, ready);
    for (const entry of readdirSync(cacheRoot)) {
      if (entry !== key && !entry.endsWith('.lock')) {
        rmSync(path.join(cacheRoot, entry), { recursive: true, force: true });
      }
    }
    return ready;
  } finally {
    rmSync(lock, { force: true });
  }
}

// Asynchronous, so that a test runner's worker stays responsive during the minutes the seed takes.
function runSeed(dataDir) {
  const args = [
    'scripts/seed.mjs',
    ...SEED_ARGS,
    `--admin-email=${ADMIN.email}`,
    `--admin-password=${ADMIN.password}`,
  ];
  const seed = spawn(process.execPath, args, {
    cwd: appDir,
    env: cmsEnv(dataDir, 0),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  seed.stdout.on('data', (chunk) => (output += chunk));
  seed.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    seed.once('error', reject);
    seed.once('exit', (code, signal) => {
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`startSeededCms: the seed failed (${signal ?? `exit ${code}`}):\n${output}`));
      }
    });
  });
}

function tryLock(lock) {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') {
      throw error;
    }
  }
  const owner = Number(readFileSync(lock, 'utf8'));
  if (!isAlive(owner) || Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) {
    rmSync(lock, { force: true });
  }
  return false;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function hashInputs() {
  const hash = createHash('sha256');
  // Of the app's package.json only the dependencies (Strapi's version, its migrations) change the data.
  const { dependencies } = JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8'));
  hash.update(JSON.stringify({ SEED_ARGS, ADMIN, dependencies }));
  const visit = (relative) => {
    const absolute = path.join(repoDir, relative);
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) {
        if (entry !== 'node_modules' && entry !== 'dist' && !/\.test\.[cm]?[jt]s$/.test(entry)) {
          visit(path.join(relative, entry));
        }
      }
    } else {
      hash.update(`${relative}\0`);
      hash.update(readFileSync(absolute));
    }
  };
  for (const input of SEED_INPUTS) {
    visit(input);
  }
  return hash.digest('hex').slice(0, 16);
}

async function waitForHealth(url) {
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/_health`)).status === 204) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer on ${url}/_health within ${BOOT_TIMEOUT_MS / 1000} s`);
}

async function login(url) {
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const body = await response.json();
  const token = body.data?.accessToken ?? body.data?.token;
  if (response.status !== 200 || typeof token !== 'string') {
    throw new Error(`admin login failed (${response.status}): ${JSON.stringify(body)}`);
  }
  return token;
}
