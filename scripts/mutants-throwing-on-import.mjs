// Lists the survivors of a mutation run (`npm run mutate`) that in fact make their module throw when
// it is imported. Stryker's vitest runner counts such a mutant as survived (stryker-js#6150): the
// test files that import the module fail to load, so no test reports a failure.
//
//   node scripts/mutants-throwing-on-import.mjs reports/mutation/schemas.json
//
// Each survivor that runs at import time (Stryker's "static" mutants) is applied, alone, to a copy
// of src/; its module and then the whole library (src/index.ts) are imported with tsx, and the
// mutants that make either throw are printed with the error.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const reportPath = process.argv[2];
if (reportPath === undefined) {
  console.error('usage: node scripts/mutants-throwing-on-import.mjs <stryker json report>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const root = resolve('.stryker-tmp', `import-check-${process.pid}`);
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
cpSync('src', join(root, 'src'), { recursive: true });

/** The source with the mutant's replacement in place of its location (1-based lines and columns). */
function apply(source, { start, end }, replacement) {
  const lines = source.split('\n');
  const offset = (pos) => lines.slice(0, pos.line - 1).reduce((n, line) => n + line.length + 1, 0) + pos.column - 1;
  return source.slice(0, offset(start)) + replacement + source.slice(offset(end));
}

let throwing = 0;
let checked = 0;
try {
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const target = join(root, file);
    for (const mutant of mutants) {
      if (mutant.status !== 'Survived' || !mutant.static) continue;
      checked++;
      writeFileSync(target, apply(source, mutant.location, mutant.replacement));
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `await import(${JSON.stringify(target)}); await import(${JSON.stringify(join(root, 'src', 'index.ts'))});`], { encoding: 'utf8' });
      if (run.status !== 0) {
        throwing++;
        const error = run.stderr.split('\n').find((line) => /Error\b/.test(line)) ?? run.stderr.trim().split('\n').at(-1);
        console.log(`${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName} ${JSON.stringify(mutant.replacement)}\n  ${error}`);
      }
      writeFileSync(target, source);
    }
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
console.log(`${throwing} of ${checked} survivors that run at import time throw on import (${reportPath}).`);
