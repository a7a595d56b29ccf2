#!/usr/bin/env node
// The two README commands (`npm start`, `npm test`) land here, so that a machine with only Node 20 and npm
// gets the pinned pnpm and the locked dependencies before anything else runs.
//   start: install, build, seed the demo CMS once (catalog, history, a trained model, a demo admin), then run
//          the CMS (`strapi start`) and the store (`next start`) until Ctrl-C, which stops both.
//   test:  install, then `pnpm check` (lint, build, type check, every test).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.4.2';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const task = process.argv[2];
// The demo's admin: the servers listen on 127.0.0.1 only; change the password in the admin panel to keep it.
const DEMO_ADMIN = { email: 'admin@aisle.local', password: 'Aisle-demo-2026' };
const HOST = '127.0.0.1';
const CMS_PORT = Number(process.env.AISLE_CMS_PORT ?? 1337);
const STORE_PORT = Number(process.env.AISLE_STORE_PORT ?? 3000);
const STOP_TIMEOUT_MS = 10_000;
// Orders placed in the store reach "frequently bought together" this long after the first of them (plus a training).
const RETRAIN_AFTER_PURCHASES_SECONDS = 15;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env, ...options });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

/**
 * The tests start PostgreSQL 15 (the CMS on PostgreSQL, several instances) and Chromium (stories, the store, the
 * admin) themselves; their binaries come from Debian's packages. As root with apt they are installed here;
 * otherwise the one line says what to install.
 */
function installTestSystemPackages() {
  const needed = [];
  if (!existsSync(join(process.env.AISLE_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin', 'initdb'))) {
    needed.push('postgresql-15');
  }
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    needed.push('chromium');
  }
  if (needed.length === 0) {
    return;
  }
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `aisle: the tests need ${needed.join(' and ')}: run "sudo apt-get install -y ${needed.join(' ')}" and try again`,
    );
    process.exit(1);
  }
  console.log(`aisle: installing ${needed.join(' and ')} with apt-get for the tests`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', ...needed], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** The CMS's secrets: none is in the repository; the demo's are generated once and kept out of git. */
const CMS_SECRETS = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'JWT_SECRET',
  // Shared with the store's server, which signs its signed-in customers with it (never sent to a browser).
  'AISLE_SHOPPER_TOKEN_SECRET',
];

/**
 * Reads apps/cms/.env (git ignores it) and adds a random value for each secret it lacks, readable by the owner
 * only. Values set in the environment win, as they do for Strapi. Returns the secrets for the child processes.
 */
function ensureCmsSecrets(file) {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  const stored = new Map();
  for (const line of lines) {
    const match = /^\s*([A-Z_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) stored.set(match[1], match[2].replace(/^(['"])(.*)\1$/, '$2'));
  }
  const random = () => randomBytes(32).toString('base64url');
  const added = [];
  for (const name of CMS_SECRETS) {
    if (!stored.get(name)) {
      const value = name === 'APP_KEYS' ? [random(), random()].join(',') : random();
      stored.set(name, value);
      added.push(`${name}=${value}`);
    }
  }
  if (added.length > 0) {
    const text = [...lines.filter((line) => line.trim() !== ''), ...added].join('\n') + '\n';
    writeFileSync(file, text, { mode: 0o600 });
    chmodSync(file, 0o600);
    console.log(`aisle: generated ${added.length} CMS secret(s) into ${file} (kept out of git)`);
  }
  return Object.fromEntries(CMS_SECRETS.map((name) => [name, process.env[name] || stored.get(name)]));
}

function installedPnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

if (task !== 'start' && task !== 'test') {
  console.error(`aisle: unknown task "${task}" (expected "start" or "test")`);
  process.exit(2);
}

if (installedPnpmVersion() !== PNPM_VERSION) {
  console.log(`aisle: installing pnpm ${PNPM_VERSION} with npm`);
  run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]);
}

// better-sqlite3 compiles from source against Node's headers; pnpm only honours nodedir from the environment.
const installEnv = { ...process.env };
if (!installEnv.npm_config_nodedir && existsSync('/usr/include/node/node.h')) {
  installEnv.npm_config_nodedir = '/usr';
}
run('pnpm', ['install', '--frozen-lockfile'], { env: installEnv });

if (task === 'test') {
  installTestSystemPackages();
  run('pnpm', ['check']);
} else {
  run('pnpm', ['build']);
  await startDemo();
}

async function startDemo() {
  const cmsDir = join(root, 'apps', 'cms');
  const storeDir = join(root, 'apps', 'demo-store');
  const cmsUrl = `http://${HOST}:${CMS_PORT}`;
  const storeUrl = `http://${HOST}:${STORE_PORT}`;
  const storeTokenFile = join(storeDir, '.env.local');
  const env = {
    ...process.env,
    ...ensureCmsSecrets(join(cmsDir, '.env')),
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  };

  console.log('\naisle: seeding the demo CMS (only the first time: catalog, history, first model, admin)');
  run(
    process.execPath,
    [
      'scripts/seed.mjs',
      '--skip-if-seeded',
      `--retrain-after-purchases=${RETRAIN_AFTER_PURCHASES_SECONDS}`,
      `--admin-email=${DEMO_ADMIN.email}`,
      `--admin-password=${DEMO_ADMIN.password}`,
      // The store's server sends orders with an API token of the CMS (browsers may not report sales).
      `--server-token-file=${storeTokenFile}`,
    ],
    { cwd: cmsDir, env },
  );
  const serverToken = /^AISLE_CMS_SERVER_TOKEN=(.+)$/m.exec(readFileSync(storeTokenFile, 'utf8'))?.[1];

  const servers = [];
  let stopping = null;
  const stopAll = (code) => {
    stopping ??= (async () => {
      await Promise.all(servers.map((server) => stopGroup(server.pid)));
      process.exit(code);
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.log(`\naisle: stopping ${servers.map((server) => `the ${server.name}`).join(' and ')}`);
      void stopAll(0);
    });
  }
  // Each server leads its own process group, so that stopping it stops its children too (pnpm's shell, next), and
  // Ctrl-C reaches only this script, which then stops them in order.
  const startServer = (name, command, args, options) => {
    const child = spawn(command, args, { ...options, stdio: 'inherit', detached: true });
    servers.push({ name, pid: child.pid });
    child.once('exit', (code, signal) => {
      if (stopping === null) {
        console.error(`aisle: the ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest`);
        void stopAll(1);
      }
    });
  };

  try {
    const strapiBin = join(cmsDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
    startServer('CMS', process.execPath, [strapiBin, 'start'], {
      cwd: cmsDir,
      // Shoppers' browsers reach the CMS through the store's /cms route: rate limits key on the address it forwards.
      env: { ...env, HOST, PORT: String(CMS_PORT), AISLE_BEHIND_PROXY: 'true' },
    });
    await waitFor(`${cmsUrl}/_health`, 'the CMS');
    // next itself rather than `pnpm start`, whose shell reports a stop by Ctrl-C as a failed command.
    const nextBin = join(storeDir, 'node_modules', 'next', 'dist', 'bin', 'next');
    const withStore = existsSync(nextBin);
    if (withStore) {
      startServer('store', process.execPath, [nextBin, 'start', '-H', HOST, '-p', String(STORE_PORT)], {
        cwd: storeDir,
        env: { ...env, AISLE_CMS_URL: cmsUrl, AISLE_CMS_SERVER_TOKEN: serverToken },
      });
      await waitFor(storeUrl, 'the store');
    }
    console.log(`
aisle: the demo is running (Ctrl-C stops it)
  ${withStore ? `store:      ${storeUrl}` : 'store:      not installed (apps/demo-store/node_modules/next is missing)'}
  CMS admin:  ${cmsUrl}/admin   email ${DEMO_ADMIN.email}   password ${DEMO_ADMIN.password}
  lists API:  ${cmsUrl}/api/recommendations/lists/best-selling?limit=4
`);
  } catch (error) {
    console.error(error.message);
    await stopAll(1);
  }
}

async function waitFor(url, what) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`aisle: ${what} did not answer on ${url} within 180 s`);
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the process group, SIGKILL to what is left of it after STOP_TIMEOUT_MS. */
async function stopGroup(pid) {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (groupAlive(pid)) {
    if (Date.now() > deadline) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone in between
      }
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
