import { builtinModules } from 'node:module';
import { build, type Plugin } from 'esbuild';
import { describe, expect, test } from 'vitest';

// The root entry and dispatch-workorder/timezone, bundled the way a web app's bundler does it
// (esbuild, `platform: 'browser'`, with their dependencies), must need nothing from Node: no
// built-in module (`node:fs`, or `fs` that a package's `browser` field would silently empty) and no
// Node global (`process`, `Buffer`, …), guarded or not. test/browser runs the result in a real
// browser (the playground, `npm run test:browser`).

/** Globals that Node has and browsers do not. */
const NODE_GLOBALS = ['process', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate', 'clearImmediate'];
const BUILTINS = new Set(builtinModules);
const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]!);
const marker = (name: string): string => `__node_global_${name}__`;

interface NodeNeeds {
  /** Built-in modules imported, each as `specifier from importer`. */
  readonly builtins: string[];
  /** Node globals referenced (esbuild's `define` replaces only free references, so locals named `process` do not count). */
  readonly globals: string[];
  /** Whether the bundle kept a `require()` esbuild could not resolve (its `__require` shim). */
  readonly dynamicRequire: boolean;
}

async function nodeNeeds(entry: { path: string } | { contents: string }): Promise<NodeNeeds> {
  const builtins: string[] = [];
  const recordBuiltins: Plugin = {
    name: 'record-node-builtins',
    setup(bundler) {
      bundler.onResolve({ filter: /.*/ }, ({ path, importer }) => {
        if (!isBuiltin(path)) return undefined;
        builtins.push(`${path} from ${importer.replace(`${process.cwd()}/`, '')}`);
        return { path, external: true };
      });
    },
  };
  const define = Object.fromEntries(NODE_GLOBALS.flatMap((name) => [[name, marker(name)], [`globalThis.${name}`, marker(name)]]));
  const { outputFiles } = await build({
    ...('path' in entry ? { entryPoints: [entry.path] } : { stdin: { contents: entry.contents, resolveDir: process.cwd(), loader: 'ts' } }),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    define,
    plugins: [recordBuiltins],
  });
  const code = outputFiles[0]!.text;
  return {
    builtins,
    globals: NODE_GLOBALS.filter((name) => code.includes(marker(name))),
    dynamicRequire: code.includes('Dynamic require of'),
  };
}

describe.each([
  ['dispatch-workorder', 'src/index.ts'],
  ['dispatch-workorder/timezone', 'src/time/timezone.ts'],
])('%s bundled for the browser', (_, path) => {
  test('imports no Node built-in module and reads no Node global', async () => {
    expect(await nodeNeeds({ path })).toEqual({ builtins: [], globals: [], dynamicRequire: false });
  }, 60_000);
});

test('the check sees built-in modules, Node globals and unresolved requires (so that it can fail)', async () => {
  const contents = [
    "import { readFileSync } from 'node:fs';",
    "import { join } from 'path';",
    'export const all = [readFileSync, join, globalThis.Buffer, process.env, setImmediate];',
    'export const loaded = (name: string) => require(name);',
  ].join('\n');
  expect(await nodeNeeds({ contents })).toEqual({
    builtins: ['node:fs from <stdin>', 'path from <stdin>'],
    globals: ['process', 'Buffer', 'setImmediate'],
    dynamicRequire: true,
  });
});

test('a local variable named like a Node global is no Node global', async () => {
  const contents = 'export const env = (process: { env: object }, Buffer: unknown[]) => [process.env, Buffer.length];';
  expect(await nodeNeeds({ contents })).toEqual({ builtins: [], globals: [], dynamicRequire: false });
});
