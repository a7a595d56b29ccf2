import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// The store's own sources, and the built @aisle/react it bundles.
const SOURCES = [
  'app',
  'components',
  'lib',
  'proxy.ts',
  'next.config.ts',
  'package.json',
  'postcss.config.mjs',
  'node_modules/@aisle/react/dist',
];

/** Whether `.next` holds a production build newer than every source file of the store. */
export function isBuildFresh(appDir: string): boolean {
  const buildId = path.join(appDir, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  const newest = (file: string): number => {
    const stat = statSync(file);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(file).map((entry) => newest(path.join(file, entry))));
  };
  return SOURCES.every((source) => {
    const file = path.join(appDir, source);
    return !existsSync(file) || newest(file) <= built;
  });
}
