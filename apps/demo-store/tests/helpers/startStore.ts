import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

export interface RunningStore {
  url: string;
  stop(): Promise<void>;
}

const BOOT_TIMEOUT_MS = 60_000;

/** `next start` of the built store on 127.0.0.1:`port`, against the CMS at `cmsUrl`; resolves once it answers. */
export async function startStore(options: {
  appDir: string;
  port: number;
  cmsUrl: string;
  cmsToken: string;
  /** The token the store's server sends purchases with. */
  serverToken: string;
  /** The secret the store signs its signed-in customers with (the CMS's AISLE_SHOPPER_TOKEN_SECRET). */
  shopperTokenSecret: string;
}): Promise<RunningStore> {
  const nextBin = createRequire(`${options.appDir}/package.json`).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(options.port)], {
    cwd: options.appDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      AISLE_CMS_URL: options.cmsUrl,
      AISLE_CMS_TOKEN: options.cmsToken,
      AISLE_CMS_SERVER_TOKEN: options.serverToken,
      AISLE_SHOPPER_TOKEN_SECRET: options.shopperTokenSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + String(chunk)).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };

  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      // The icon is static: the store answers it without asking the CMS.
      if ((await fetch(`${url}/icon.svg`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`startStore: next start did not answer on ${url}:\n${output}`);
}
