import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const strapiBin = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const BOOT_TIMEOUT_MS = 180_000;

export interface Instance {
  name: string;
  url: string;
  /** The last lines the process printed (for a failure's message). */
  output(): string;
  /** SIGKILL: the instance dies as a crashed process does, without its shutdown. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * One `strapi start` of apps/cms on the given database, as an operator runs several behind a load balancer:
 * the same secrets for every instance (the operator's), its own port.
 */
export async function startInstance(
  name: string,
  { port, databaseUrl, env = {} }: { port: number; databaseUrl: string; env?: Record<string, string> },
): Promise<Instance> {
  const child = spawn(process.execPath, [strapiBin, 'start'], {
    cwd: appDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      APP_KEYS: 'aisle-instances-key-1,aisle-instances-key-2',
      ADMIN_JWT_SECRET: 'aisle-instances-admin-jwt',
      API_TOKEN_SALT: 'aisle-instances-api-token-salt',
      TRANSFER_TOKEN_SALT: 'aisle-instances-transfer-salt',
      ENCRYPTION_KEY: 'aisle-instances-encryption-key',
      JWT_SECRET: 'aisle-instances-jwt',
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: databaseUrl,
      STRAPI_TELEMETRY_DISABLED: 'true',
      AISLE_WARM_UP_ROUNDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...String(chunk).split('\n'));
    lines.splice(0, Math.max(0, lines.length - 60));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const url = `http://127.0.0.1:${port}`;
  const output = () => lines.join('\n');
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`instance ${name} exited during its boot:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > BOOT_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(`instance ${name} did not answer within ${BOOT_TIMEOUT_MS} ms:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const end = async (signal: NodeJS.Signals) => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { name, url, output, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}
