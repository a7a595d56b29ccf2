// Compiles src/styles/styles.css (Tailwind) to dist/styles.css, plain minified CSS with no Tailwind runtime.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import tailwindcss from '@tailwindcss/postcss';
import postcss from 'postcss';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'src/styles/styles.css');
const to = join(root, 'dist/styles.css');

const result = await postcss([
  tailwindcss({ base: join(root, 'src/styles'), optimize: { minify: true } }),
]).process(await readFile(from, 'utf8'), { from, to });
await mkdir(dirname(to), { recursive: true });
await writeFile(to, result.css);
console.log(`styles: ${to} (${result.css.length} bytes)`);
