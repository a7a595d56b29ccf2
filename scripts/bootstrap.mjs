#!/usr/bin/env node
// The two README commands (`npm start`, `npm test`) land here, so that a machine with only Node 20 and npm
// gets the pinned pnpm and the locked dependencies before anything else runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.4.2';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const task = process.argv[2];

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

function installedPnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
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
run('pnpm', ['install', '--frozen-lockfile'], installEnv);

if (task === 'start') {
  run('pnpm', ['build']);
  run('pnpm', ['demo']);
} else if (task === 'test') {
  run('pnpm', ['check']);
} else {
  console.error(`aisle: unknown task "${task}" (expected "start" or "test")`);
  process.exit(2);
}
