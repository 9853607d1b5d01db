import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';

// Every command the docs show in a `sh` block (README.md, CONTRIBUTING.md, docs/*.md) works:
// - the CLI's commands (`npx dispatch-workorder …`, with their pipes and redirections) run, on the
//   CLI built for this test run, in a folder holding the files they name (made from the guide's
//   example pair), and must exit 0;
// - a block marked `<!-- commands: not run (reason) -->` just before it (a command that needs the
//   registry, takes minutes, or is this suite itself) is checked without running: its npm script
//   exists, its file exists, each of its `--options` is one its script reads, a package it
//   installs is this one or one of its dependencies.
// Any other command fails here until this test knows how to check it.

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json')) as { name: string; scripts: Record<string, string>; dependencies: object; devDependencies: object; peerDependencies: object };

const FILES = ['README.md', 'CONTRIBUTING.md', ...readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const NOT_RUN = /<!-- commands: not run \(([^)]+)\) -->\s*$/;

interface Command {
  readonly file: string;
  readonly command: string;
  /** Why it is not run, or `undefined` when it is. */
  readonly notRun: string | undefined;
}

/** A shell line without its trailing `# comment` (a `#` outside quotes, after a space). */
function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

/** The commands of every `sh` block of `file`, continuation lines joined. */
function commandsOf(file: string): Command[] {
  const text = read(file);
  const commands: Command[] = [];
  for (const block of text.matchAll(/^([ \t]*)```(?:sh|bash|shell)\n([\s\S]*?)^\1```/gm)) {
    const notRun = NOT_RUN.exec(text.slice(0, block.index))?.[1];
    const lines = block[2]!.replace(/\\\n\s*/g, ' ').split('\n');
    for (const line of lines.map(withoutComment).map((l) => l.trim())) if (line !== '') commands.push({ file, command: line, notRun });
  }
  return commands;
}

const ALL = FILES.flatMap(commandsOf);
const CLI = /(?:^|[|&;]\s*)(?:npx )?dispatch-workorder\b/;
const ran = ALL.filter((c) => c.notRun === undefined);
const checked = ALL.filter((c) => c.notRun !== undefined);

test('the docs show commands, and every command is run or marked with the reason it is not', () => {
  expect(ran.length).toBeGreaterThanOrEqual(8);
  expect(ran.filter((c) => !CLI.test(c.command)).map((c) => `${c.file}: ${c.command}`)).toEqual([]);
  expect(checked.length).toBeGreaterThanOrEqual(4);
});

describe('the CLI commands, run', () => {
  let dir: string;
  let cli: string;
  beforeAll(() => {
    cli = inject('cliPath');
    dir = mkdtempSync(join(tmpdir(), 'dispatch-workorder-docs-'));
    const offer = JSON.parse(read('fixtures/pairs/guide-example.job-offer.json')) as { job: { external_id: string } };
    const workOrder = read('fixtures/pairs/guide-example.work-order.json');
    writeFileSync(join(dir, 'job-offer.json'), JSON.stringify(offer));
    writeFileSync(join(dir, 'offers.ndjson'), ['A1', 'A2', 'A3'].map((id) => JSON.stringify({ ...offer, job: { ...offer.job, external_id: id } })).join('\n') + '\n');
    writeFileSync(join(dir, 'work-orders.json'), workOrder);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(ran.map((c) => [`${c.file}: ${c.command}`, c] as const))('%s', async (_, { command }) => {
    const line = command.replace(/(?:npx )?dispatch-workorder\b/g, `node ${JSON.stringify(cli)}`);
    const result = await promisify(execFile)('sh', ['-c', line], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } }).then(
      () => 0,
      (error: { code?: number; stderr?: string }) => `exit ${error.code}: ${error.stderr}`,
    );
    expect(result).toBe(0);
  }, 30_000);
});

describe('the commands not run, checked', () => {
  const packages = new Set([pkg.name, ...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies), ...Object.keys(pkg.peerDependencies)]);
  const NPM_BUILTINS = new Set(['ci', 'install']);

  /** The options (`--name`) that `file` reads: named in its source as `name:` or `'name'`. */
  function readsOption(file: string, option: string): boolean {
    const source = read(file);
    return new RegExp(`(?:^|[\\s{,'"])${option.replace(/[-]/g, '\\-')}['"]?\\s*:|['"\`]--${option}\\b`, 'm').test(source);
  }

  /** The problems of one simple command (no pipes), or none. */
  function problems(command: string): string[] {
    const words = command.split(/\s+/);
    const options = words.filter((w) => /^--[a-z]/.test(w)).map((w) => w.slice(2).replace(/=.*$/, ''));
    if (words[0] === 'npm') {
      const [, verb = '', name = ''] = words;
      if (verb === 'install' || verb === 'i') return words.slice(2).filter((w) => !w.startsWith('-') && !packages.has(w)).map((w) => `npm install ${w}: not this package or a dependency of it`);
      if (NPM_BUILTINS.has(verb)) return [];
      const script = verb === 'run' ? name : verb;
      const body = pkg.scripts[script];
      if (body === undefined) return [`no npm script "${script}"`];
      const file = /^node (?:--\S+ )*(\S+\.m?js)\b/.exec(body)?.[1];
      const passed = words.includes('--') ? options.filter((o) => words.indexOf(`--${o}`) > words.indexOf('--')) : [];
      return file === undefined ? [] : passed.filter((o) => !readsOption(file, o)).map((o) => `${file} reads no option --${o}`);
    }
    if (words[0] === 'node') {
      const file = words.slice(1).find((w) => !w.startsWith('-'));
      if (file === undefined) return ['node without a file'];
      try {
        read(file);
      } catch {
        return [`no file ${file}`];
      }
      const after = words.slice(words.indexOf(file) + 1).filter((w) => w.startsWith('--')).map((w) => w.slice(2).replace(/=.*$/, ''));
      return after.filter((o) => !readsOption(file, o)).map((o) => `${file} reads no option --${o}`);
    }
    return [`no check for "${words[0]}": run it, or teach this test to check it`];
  }

  test.each(checked.map((c) => [`${c.file}: ${c.command} (${c.notRun})`, c] as const))('%s', (_, { command }) => {
    expect(command.split(/\s*&&\s*/).flatMap(problems)).toEqual([]);
  });
});
