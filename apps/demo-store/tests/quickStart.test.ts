// What a developer does on first contact with @aisle/react: a fresh Next.js App Router app (outside the repo), the
// package installed from its packed tarball, the README's "Quick start (Next.js App Router)" pasted as it is,
// pointed at the demo CMS, then `next build` and `next start`. The product page's lists must be in the first
// HTML, and every picture in it must load.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser } from './helpers/launchBrowser';
import { runCommand } from './helpers/runCommand';
import { saveScreenshot } from './helpers/saveScreenshot';
import { getList } from './helpers/storefrontApi';

const cmsUrl = inject('cmsUrl');
const storeDir = fileURLToPath(new URL('..', import.meta.url));
const packageDir = path.join(storeDir, '..', '..', 'packages', 'react-components');
// 3100-3199 belong to the store's tests; 3110 and 3111 are the global setup's CMS and store.
const APP_PORT = Number(process.env.STORE_TEST_QUICK_START_PORT ?? 3112);
const SECTION = 'Quick start (Next.js App Router)';
const LISTS = { 'people-also-like': 8, 'frequently-bought-together': 3 } as const;

let appDir: string;
let app: { url: string; stop(): Promise<void> } | undefined;
let browser: Browser;
let productId: string;

/** The README's quick start, by the file each code block names on its first line (`// app/.../page.tsx`). */
function quickStartFiles(): Record<string, string> {
  const readme = readFileSync(path.join(packageDir, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith(SECTION));
  if (!section) throw new Error(`README.md has no section "${SECTION}"`);
  const files: Record<string, string> = {};
  for (const [, code] of section.matchAll(/^```\w*\n([\s\S]*?)^```/gm)) {
    const name = /^(?:\/\/|\/\*)\s*((?:app\/)?[\w[\]./-]+\.(?:tsx?|css|mjs))\b/.exec(code!)?.[1];
    if (name) files[name] = code!;
  }
  return files;
}

/** The versions the store itself runs (all of them its own dependencies): the fresh app gets the same ones. */
function storeVersion(name: string): string {
  const manifest = path.join(storeDir, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The repo's lockfile (pnpm 12 writes two YAML documents: pnpm's own, then the projects'), as a project's own. */
function repoLockfileWithoutImporters(): string {
  const lockfile = readFileSync(path.join(storeDir, '..', '..', 'pnpm-lock.yaml'), 'utf8');
  const projects = lockfile.split(/^---\n/m).find((doc) => doc.includes('\n  apps/demo-store:\n'));
  if (!projects) throw new Error("pnpm-lock.yaml: no document with the workspace's importers");
  return projects.replace(/^importers:\n[\s\S]*?^packages:/m, 'importers:\n\n  .: {}\n\npackages:');
}

/** The environment of the fresh app's commands: none of the repo's package-manager settings leak into it. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_/i.test(key)));
  return { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

/** The files `create-next-app` writes (TypeScript, App Router, Tailwind; no Google font: nothing to download). */
function writeFreshApp(dir: string, tarball: string) {
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write(
    'package.json',
    JSON.stringify(
      {
        name: 'my-shop',
        version: '0.1.0',
        private: true,
        scripts: { dev: 'next dev', build: 'next build', start: 'next start' },
        dependencies: {
          '@aisle/react': `file:${tarball}`,
          next: storeVersion('next'),
          react: storeVersion('react'),
          'react-dom': storeVersion('react-dom'),
        },
        devDependencies: {
          '@tailwindcss/postcss': storeVersion('@tailwindcss/postcss'),
          '@types/node': storeVersion('@types/node'),
          '@types/react': storeVersion('@types/react'),
          '@types/react-dom': storeVersion('@types/react-dom'),
          tailwindcss: storeVersion('tailwindcss'),
          typescript: storeVersion('typescript'),
        },
      },
      null,
      2,
    ),
  );
  // Installed offline from the pnpm store the repo's install filled: the repo's lockfile, without its importers,
  // makes pnpm pick the versions it holds (left alone, it picks the newest its metadata cache knows, which the
  // store may not have); the release-age policy would need every entry's full metadata. pnpm 12 runs no
  // dependency's build script it is not told to: Next's optional sharp needs none.
  write(
    'pnpm-workspace.yaml',
    'allowBuilds:\n  sharp: false\n  unrs-resolver: false\nminimumReleaseAge: 0\n',
  );
  write('pnpm-lock.yaml', repoLockfileWithoutImporters());
  write(
    'tsconfig.json',
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2017',
          lib: ['dom', 'dom.iterable', 'esnext'],
          allowJs: true,
          skipLibCheck: true,
          strict: true,
          noEmit: true,
          esModuleInterop: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          isolatedModules: true,
          jsx: 'react-jsx',
          incremental: true,
          plugins: [{ name: 'next' }],
          paths: { '@/*': ['./*'] },
        },
        include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts', '.next/dev/types/**/*.ts'],
        exclude: ['node_modules'],
      },
      null,
      2,
    ),
  );
  write(
    'postcss.config.mjs',
    'const config = { plugins: { "@tailwindcss/postcss": {} } };\n\nexport default config;\n',
  );
  write(
    'app/layout.tsx',
    `import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = { title: "My shop" };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="antialiased">{children}</body>
    </html>
  );
}
`,
  );
  write('app/page.tsx', 'export default function Home() {\n  return <main>My shop</main>;\n}\n');
  write(
    'app/globals.css',
    '@import "tailwindcss";\n\n:root {\n  --background: #ffffff;\n  --foreground: #171717;\n}\n\nbody {\n  background: var(--background);\n  color: var(--foreground);\n}\n',
  );

  // The quick start, pasted: the page file as a new file, the stylesheet's import into globals.css (an @import
  // goes after the other @import, before the rules), next.config.ts replaced by the README's.
  const quickStart = quickStartFiles();
  const page = quickStart['app/products/[id]/page.tsx'];
  const css = quickStart['app/globals.css'];
  const nextConfig = quickStart['next.config.ts'];
  expect(Object.keys(quickStart)).toEqual(
    expect.arrayContaining(['app/products/[id]/page.tsx', 'app/globals.css', 'next.config.ts']),
  );
  write('app/products/[id]/page.tsx', page!);
  const globals = readFileSync(path.join(dir, 'app/globals.css'), 'utf8');
  write('app/globals.css', globals.replace('@import "tailwindcss";\n', `@import "tailwindcss";\n${css}`));
  write('next.config.ts', nextConfig!);
}

/** `next start` of the fresh app; resolves once it answers. */
async function startApp(dir: string, port: number, env: NodeJS.ProcessEnv) {
  const nextBin = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env,
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
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`quick start app: next start did not answer on ${url}:\n${output}`);
}

/** The product lists of the page: per list (by its title), each item's name, price and picture. */
function readLists(page: Page) {
  return page.locator('[data-slot="aisle-root"]').evaluateAll((roots) =>
    roots.map((root) => ({
      title: root.querySelector('[data-slot="aisle-title"]')?.textContent ?? '',
      busy: root.getAttribute('aria-busy'),
      items: [...root.querySelectorAll('[data-slot="aisle-item"]')].map((item) => ({
        name: item.querySelector('[data-slot="aisle-name"]')?.textContent ?? '',
        price: item.querySelector('[data-slot="aisle-price"]')?.textContent ?? '',
        src: item.querySelector('img')?.getAttribute('src') ?? null,
      })),
    })),
  );
}

/** Each product picture of the page: its resolved URL, and whether the browser decoded it. */
function readImages(page: Page) {
  return page.locator('[data-slot="aisle-item"] img').evaluateAll((images) =>
    (images as HTMLImageElement[]).map((image) => ({
      url: image.currentSrc || image.src,
      complete: image.complete,
      naturalWidth: image.naturalWidth,
    })),
  );
}

beforeAll(async () => {
  const started = Date.now();
  appDir = mkdtempSync(path.join(tmpdir(), 'aisle-quick-start-'));
  // The package as it is published: packed from its build (`pnpm build` ran before the tests, as for the store).
  await runCommand('pnpm', ['pack', '--pack-destination', appDir], { cwd: packageDir, env: cleanEnv({}) });
  const tarball = readdirSync(appDir).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack left no tarball in ${appDir}`);
  const dir = path.join(appDir, 'my-shop');
  writeFreshApp(dir, path.join(appDir, tarball));
  // Offline: from the pnpm store that the repo's install filled (the same versions as the store's).
  await runCommand('pnpm', ['install', '--offline'], { cwd: dir, env: cleanEnv({}) });
  const env = cleanEnv({ CMS_URL: cmsUrl });
  const nextBin = path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next');
  await runCommand(process.execPath, [nextBin, 'build'], { cwd: dir, env });
  app = await startApp(dir, APP_PORT, env);
  browser = await launchBrowser();
  productId = (await getList(cmsUrl, 'best-selling', { limit: '1' })).data[0]!.product.id;
  console.info(
    `quick start app installed, built and started in ${Math.round((Date.now() - started) / 1000)} s`,
  );
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (appDir && !process.env.STORE_TEST_KEEP_QUICK_START) rmSync(appDir, { recursive: true, force: true });
});

describe('the README quick start, pasted into a fresh Next.js app', () => {
  it("has the product page's lists in the first HTML, names and prices", async () => {
    // Without JavaScript the page is the HTML the server sent, and nothing else.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${app!.url}/products/${encodeURIComponent(productId)}`);
    expect(response?.status()).toBe(200);
    const lists = await readLists(page);
    expect(lists.map((list) => list.title)).toEqual(
      Object.keys(LISTS).map((list) => list.replace(/-/g, ' ')),
    );
    for (const [index, [list, limit]] of Object.entries(LISTS).entries()) {
      const shown = lists[index]!;
      const expected = (
        await getList(cmsUrl, list as keyof typeof LISTS, { productId, limit: String(limit) })
      ).data;
      expect(expected.length, `${list} of ${productId} in the CMS`).toBeGreaterThan(0);
      expect(shown.busy, list).toBe('false');
      expect(shown.items.map((item) => item.name)).toEqual(expected.map((item) => item.product.title));
      for (const [position, item] of shown.items.entries()) {
        const { price, currency } = expected[position]!.product;
        expect(item.price).toBe(
          new Intl.NumberFormat('en-US', currency ? { style: 'currency', currency } : undefined).format(
            price!,
          ),
        );
        expect(item.src, `${list}: the picture of ${item.name}`).toBeTruthy();
      }
    }
    await context.close();
  });

  it('loads every product picture of the first HTML', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Without scripts Chromium loads lazy pictures at once: every picture of the first HTML is asked for.
    await page.goto(`${app!.url}/products/${encodeURIComponent(productId)}`, { waitUntil: 'load' });
    const images = await readImages(page);
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const image of images) {
      const answer = await fetch(image.url);
      expect(answer.status, image.url).toBe(200);
      expect(answer.headers.get('content-type'), image.url).toMatch(/^image\//);
      expect(image.complete, image.url).toBe(true);
      expect(image.naturalWidth, `${image.url} as the browser decoded it`).toBeGreaterThan(0);
    }
    await context.close();
  });

  it('loads every product picture once the page is interactive', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app!.url}/products/${encodeURIComponent(productId)}`, { waitUntil: 'networkidle' });
    const pictures = page.locator('[data-slot="aisle-item"] img');
    const count = await pictures.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count; index++) {
      // Lazy pictures load when they come near the viewport: scroll each one into view, as a shopper would.
      await pictures.nth(index).scrollIntoViewIfNeeded();
      await expect
        .poll(() =>
          pictures.nth(index).evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth),
        )
        .toBeGreaterThan(0);
    }
    for (const image of await readImages(page)) {
      const answer = await fetch(new URL(image.url, app!.url));
      expect(answer.status, image.url).toBe(200);
      expect(answer.headers.get('content-type'), image.url).toMatch(/^image\//);
    }
    await saveScreenshot(page, 'quick-start-product');
    expect(errors).toEqual([]);
    await context.close();
  });
});
