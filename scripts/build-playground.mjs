// Builds the playground page (docs/playground) into a folder: index.html and style.css as they are;
// the page's code with the library's source and jsonc-parser bundled by esbuild for the browser as
// playground.js, and dispatch-workorder/timezone with its ZIP table as timezone.js, which the page
// loads only when asked to infer time zones. Classic scripts, no module and no CDN: the page works
// offline, even opened from the disk.
//
//   node scripts/build-playground.mjs [folder]   (default: docs/api/playground)
//
// `npm run docs` builds it into the API site through the TypeDoc plugin
// scripts/typedoc-playground.mjs; `npm run test:browser` builds it here before testing it.
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SOURCE = fileURLToPath(new URL('../docs/playground/', import.meta.url));

/** The folder `npm run test:browser` builds into and tests. */
export const DEFAULT_OUT = fileURLToPath(new URL('../docs/api/playground/', import.meta.url));

/** @type {import('esbuild').BuildOptions} */
const OPTIONS = {
  // `dispatch-workorder` resolves to src/ through the paths of this tsconfig, as in the typecheck.
  tsconfig: join(SOURCE, 'tsconfig.json'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  // Browsers of the last two years or so (Safari 16.4 reads `(?<=…)` in a regular expression).
  target: ['chrome111', 'edge111', 'firefox114', 'safari16.4'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'eof',
  logLevel: 'warning',
};

/**
 * Builds the playground into `outDir` (created if need be): index.html, style.css, playground.js,
 * timezone.js and their source maps.
 * @param {string} outDir
 */
export async function buildPlayground(outDir) {
  await mkdir(outDir, { recursive: true });
  await Promise.all([
    build({ ...OPTIONS, entryPoints: [join(SOURCE, 'playground.ts')], outfile: join(outDir, 'playground.js') }),
    // A classic script that sets the global `dispatchWorkorderTimezone` (docs/playground/timezone.ts).
    build({ ...OPTIONS, entryPoints: [join(SOURCE, 'timezone.ts')], outfile: join(outDir, 'timezone.js'), globalName: 'dispatchWorkorderTimezone' }),
  ]);
  await Promise.all(['index.html', 'style.css'].map((file) => copyFile(join(SOURCE, file), join(outDir, file))));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? DEFAULT_OUT);
  await buildPlayground(outDir);
  console.log(`playground: ${join(outDir, 'index.html')}`);
}
