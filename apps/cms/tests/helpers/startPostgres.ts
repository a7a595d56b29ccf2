import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BIN = process.env.AISLE_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

export interface ThrowawayPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  stop(): void;
}

/**
 * Starts a throwaway PostgreSQL cluster in a temporary directory on a free port (trust authentication, no
 * fsync), for the tests that run on PostgreSQL. As root the server runs as the `postgres` user, which
 * PostgreSQL requires. Throws with the reason when something is missing; it never skips.
 */
export async function startPostgres(): Promise<ThrowawayPostgres> {
  for (const tool of ['initdb', 'pg_ctl']) {
    if (!existsSync(path.join(BIN, tool))) {
      throw new Error(
        `aisle tests: ${path.join(BIN, tool)} is missing; install PostgreSQL 15 (apt-get install -y postgresql-15) or set AISLE_POSTGRES_BIN`,
      );
    }
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'aisle-pg-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const run = (tool: string, args: string[]) => {
    const command = [path.join(BIN, tool), ...args];
    const result = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', ...command], { encoding: 'utf8' })
      : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(
        `aisle tests: ${tool} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}${result.stdout}`,
      );
    }
  };
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(dir, 'log'),
    '-w',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') {
          resolve(address.port);
        } else {
          reject(new Error('aisle tests: no free port'));
        }
      });
    });
  });
}
