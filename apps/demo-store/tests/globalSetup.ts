import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSeededCms } from '@aisle/cms/testing';
import type { TestProject } from 'vitest/node';

import { createReadToken, createServerToken } from './helpers/createReadToken';
import { isBuildFresh } from './helpers/storeBuild';
import { runCommand } from './helpers/runCommand';
import { startStore } from './helpers/startStore';

declare module 'vitest' {
  export interface ProvidedContext {
    storeUrl: string;
    cmsUrl: string;
    adminToken: string;
    /** The seeded CMS's admin, to sign in to its admin panel. */
    admin: { email: string; password: string };
  }
}

const appDir = fileURLToPath(new URL('..', import.meta.url));
// Ports of the store's tests (3100-3199 belong to the store): a seeded CMS and `next start`.
const CMS_PORT = Number(process.env.STORE_TEST_CMS_PORT ?? 3110);
const STORE_PORT = Number(process.env.STORE_TEST_PORT ?? 3111);

/** Starts what the browser tests need: a seeded CMS and the built store (built first when stale). */
export default async function setup(project: TestProject) {
  if (!isBuildFresh(appDir)) {
    await runCommand(
      process.execPath,
      [path.join(appDir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
      {
        cwd: appDir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      },
    );
  }
  // STORE_TEST_CMS_DATA_DIR: a seeded data directory to start from (it is written to), to iterate without seeding.
  const dataDir = process.env.STORE_TEST_CMS_DATA_DIR;
  const cms = await startSeededCms({ port: CMS_PORT, ...(dataDir ? { dataDir } : {}) });
  let store;
  try {
    const cmsToken = await createReadToken(cms.url, cms.adminToken);
    const serverToken = await createServerToken(cms.url, cms.adminToken);
    store = await startStore({
      appDir,
      port: STORE_PORT,
      cmsUrl: cms.url,
      cmsToken,
      serverToken,
      shopperTokenSecret: cms.shopperTokenSecret,
    });
  } catch (error) {
    await cms.stop();
    throw error;
  }
  project.provide('storeUrl', store.url);
  project.provide('cmsUrl', cms.url);
  project.provide('adminToken', cms.adminToken);
  project.provide('admin', cms.admin);
  return async () => {
    await store.stop();
    await cms.stop();
  };
}
