// Writes the declaration files of dispatch-workorder/testing/vitest and /jest. Their sources
// (src/testing/vitest.ts, jest.ts) only augment the runners' `expect` types, which tsup's
// declaration bundler cannot resolve; they are declaration-only, so they are copied as they are,
// with the import pointed at the testing entry's own declarations.
import { readFileSync, writeFileSync } from 'node:fs';

for (const runner of ['vitest', 'jest']) {
  const source = readFileSync(new URL(`../src/testing/${runner}.ts`, import.meta.url), 'utf8');
  for (const [extension, entry] of [['d.ts', './index.js'], ['d.cts', './index.cjs']]) {
    const declaration = source.replace("from './matchers'", `from '${entry}'`);
    if (declaration === source) throw new Error(`src/testing/${runner}.ts no longer imports './matchers'`);
    writeFileSync(new URL(`../dist/testing/${runner}.${extension}`, import.meta.url), declaration);
  }
}

// The testing entry's declarations name msw's `HttpHandler` (the type `mockDispatchHandlers`
// returns). msw is an optional peer dependency: a project without it must still compile against
// the entry with `skipLibCheck` off, so the import is marked `@ts-ignore` (without msw,
// `HttpHandler` is `any`; with msw, the import resolves and is checked as usual).
const MSW_IMPORT = "import { HttpHandler } from 'msw';";
for (const extension of ['d.ts', 'd.cts']) {
  const file = new URL(`../dist/testing/index.${extension}`, import.meta.url);
  const declaration = readFileSync(file, 'utf8');
  if (!declaration.includes(`\n${MSW_IMPORT}\n`)) throw new Error(`dist/testing/index.${extension} no longer has the line ${MSW_IMPORT}`);
  writeFileSync(file, declaration.replace(`\n${MSW_IMPORT}\n`, `\n// @ts-ignore msw is an optional peer dependency (mockDispatchHandlers); without it, HttpHandler is any\n${MSW_IMPORT}\n`));
}
// Quiet under `npm run build --silent` (npm start), like tsup.
if (process.env.npm_config_loglevel !== 'silent') console.log('wrote dist/testing/{vitest,jest}.d.{ts,cts}');
