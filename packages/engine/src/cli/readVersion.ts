import { readFileSync } from 'node:fs';

/** The engine package's version; src/cli/ and dist/cli/ both sit two levels below package.json. */
export function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
