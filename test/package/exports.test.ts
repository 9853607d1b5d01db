import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import config from '../../tsup.config';

// The public API, as runtime export names per package subpath: read from the source entries,
// compared with the committed exports.snapshot.json (so an accidental addition or removal fails
// here; after an intended one, run `npm test -- -u` and commit the file), and checked against
// what tsup builds for ESM and CJS consumers.

interface Conditional {
  import: { default: string };
  require: { default: string };
}
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, string | Conditional> };
const subpaths = Object.entries(pkg.exports).filter((e): e is [string, Conditional] => typeof e[1] === 'object');

// Where each tsup entry is written (`dist/timezone` for the entry `timezone` of a config writing
// to dist/) and its source file; the configs that build a package subpath are the ones tested.
const configs = (Array.isArray(config) ? config : [config]) as Options[];
const outputs = new Map<string, { source: string; config: Options }>();
for (const c of configs) {
  if (typeof c.entry !== 'object' || Array.isArray(c.entry)) continue;
  for (const [name, source] of Object.entries(c.entry as Record<string, string>)) outputs.set(`${(c.outDir ?? 'dist').replace(/\/$/, '')}/${name}`, { source, config: c });
}
const outputOf = (file: string) => outputs.get(file.replace(/^\.\//, '').replace(/\.c?js$/, ''));
const library = [...new Set(subpaths.map(([, target]) => outputOf(target.import.default)?.config).filter((c): c is Options => c !== undefined))];

const outDir = join(process.cwd(), 'node_modules', '.cache', 'dispatch-workorder-package-test', String(process.pid));
const names = (module: object) => Object.keys(module).sort();

const fromSource: Record<string, string[]> = {};
beforeAll(async () => {
  for (const [subpath, target] of subpaths) {
    const output = outputOf(target.import.default);
    if (output !== undefined) fromSource[subpath] = names(await import(/* @vite-ignore */ `../../${output.source}`));
  }
  // ESM and CJS, no declarations, into a folder of this run's own under node_modules (so the
  // bundles resolve their dependencies and never race a concurrent `npm run build` over dist/).
  for (const { onSuccess, ...options } of library) {
    void onSuccess; // a build hook would act on dist/, not on this folder
    const into = join(outDir, (options.outDir ?? 'dist').replace(/^dist\/?/, ''));
    await build({ ...options, outDir: into, config: false, silent: true, dts: false, sourcemap: false, clean: false });
  }
  // As in the published package, .js files are ES modules and .cjs files CommonJS.
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('every JavaScript subpath in package.json exports is built from a source entry', () => {
  expect(subpaths.map(([subpath]) => subpath).filter((subpath) => fromSource[subpath] === undefined)).toEqual([]);
  expect(Object.keys(fromSource)).toContain('.');
});

test('the export names match the committed snapshot', async () => {
  await expect(`${JSON.stringify(fromSource, null, 2)}\n`).toMatchFileSnapshot('./exports.snapshot.json');
});

describe.each(subpaths)('built entry %s', (subpath, target) => {
  test('ESM: import() gives the same names as the source', async () => {
    const module = (await import(/* @vite-ignore */ pathToFileURL(join(outDir, target.import.default.replace(/^\.\/dist\//, ''))).href)) as object;
    expect(names(module)).toEqual(fromSource[subpath]);
  });
  test('CJS: require() gives the same names as the source', () => {
    const require = createRequire(import.meta.url);
    const module = require(join(outDir, target.require.default.replace(/^\.\/dist\//, ''))) as object;
    expect(names(module)).toEqual(fromSource[subpath]);
  });
});
