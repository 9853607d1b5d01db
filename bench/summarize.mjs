// Tabulates runs of `npm run bench -- --json FILE` as the Markdown tables of docs/benchmarks.md:
// per corpus, the cases and the ratios of each build and variant (median of the runs, with the
// range of the runs in brackets), the import times, and the load averages of the runs.
//
//   node bench/summarize.mjs before=b1.json,b2.json,b3.json after=a1.json,a2.json,a3.json
//   node bench/summarize.mjs run1.json run2.json run3.json       # one build
import { readFileSync } from 'node:fs';
import { median } from './stats.mjs';

const groups = process.argv.slice(2).map((arg) => {
  const [name, files] = arg.includes('=') ? arg.split('=', 2) : ['', arg];
  return { name, runs: files.split(',').map((file) => JSON.parse(readFileSync(file, 'utf8'))) };
});
if (groups.length === 0) {
  console.error('usage: node bench/summarize.mjs [NAME=]RUN.json[,RUN.json…] …');
  process.exit(2);
}
// Arguments without a name are the runs of one build.
if (groups.every((g) => g.name === '')) groups.splice(0, groups.length, { name: '', runs: groups.flatMap((g) => g.runs) });

/** `median (min–max)` of the runs, or the one value. */
const spread = (xs, digits, unit = '') => {
  if (xs.length === 0) return '–';
  const f = (x) => x.toFixed(digits);
  return xs.length === 1 ? `${f(xs[0])}${unit}` : `${f(median(xs))}${unit} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
};
const row = (cells) => `| ${cells.join(' | ')} |`;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`;

const corpora = [...new Set(groups.flatMap((g) => g.runs.flatMap((r) => r.results.map((x) => x.corpus))))];
const variants = [...new Set(groups.flatMap((g) => g.runs.flatMap((r) => r.results.map((x) => x.variant))))];
const columns = groups.flatMap((g) => variants.map((variant) => ({ group: g, variant })));
const heading = ({ group, variant }) => (group.name === '' ? variant : `${group.name}, ${variant}`);
const counts = groups.map((g) => `${g.name === '' ? '' : `${g.name}: `}${plural(g.runs.length, 'run')}`).join(', ');

for (const corpus of corpora) {
  const of = ({ group, variant }) => group.runs.map((run) => run.results.find((x) => x.corpus === corpus && x.variant === variant)).filter(Boolean);
  const first = columns.flatMap(of)[0];
  console.log(`\n${corpus} corpus: µs of CPU time per record, median of the runs (range) — ${counts}\n`);
  console.log(row(['', ...columns.map(heading)]));
  console.log(row(['---', ...columns.map(() => '---')]));
  for (const [name, { label }] of Object.entries(first.cases)) {
    console.log(row([label, ...columns.map((c) => spread(of(c).map((r) => r.cases[name]?.median / 1000).filter(Number.isFinite), 2))]));
  }
  for (const { key, label, target } of first.ratios) {
    const title = target === undefined ? label : `**${label}** (target ≤ ${target}×)`;
    console.log(row([title, ...columns.map((c) => spread(of(c).map((r) => r.ratios.find((x) => x.key === key)?.value).filter(Number.isFinite), 2, '×'))]));
  }
}

const withImports = groups.filter((g) => g.runs.some((r) => r.imports !== undefined));
if (withImports.length > 0) {
  console.log(`\nimport time, ms: median of each run's median (range of those medians) — ${counts}\n`);
  const importColumns = withImports.flatMap((g) => ['wall-clock', 'CPU'].map((clock) => ({ g, clock })));
  console.log(row(['', ...importColumns.map(({ g, clock }) => (g.name === '' ? clock : `${g.name}, ${clock}`))]));
  console.log(row(['---', ...importColumns.map(() => '---')]));
  const cases = withImports[0].runs.find((r) => r.imports !== undefined).imports.results;
  for (const { name, label, target } of cases) {
    const title = target === undefined ? `\`${label}\`` : `**\`${label}\`** (target ≤ ${target} ms)`;
    console.log(
      row([title, ...importColumns.map(({ g, clock }) => spread(g.runs.map((r) => r.imports?.results.find((x) => x.name === name)?.[clock === 'CPU' ? 'cpu' : 'wall'].median).filter(Number.isFinite), 0))]),
    );
  }
}

console.log('\nload averages (1, 5, 15 min) at the start of each measuring process');
for (const g of groups) {
  const loads = g.runs.flatMap((r) => [...r.results.map((x) => x.load.before.split(' ')[0]), ...(r.imports === undefined ? [] : [r.imports.load.before[0].toFixed(2)])]).map(Number);
  console.log(`${g.name === '' ? 'runs' : g.name}: 1-minute load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (${plural(loads.length, 'process')})`);
}
