import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';

// What `npm publish` would ship, as `npm pack --dry-run --json` lists it (no tarball written, no
// script run, no network), and whether the README and the docs it links to read well from it.

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

let packed: Set<string>;
beforeAll(async () => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, env: { ...process.env, npm_config_loglevel: 'silent' } });
  const [pack] = JSON.parse(stdout) as [{ files: { path: string }[] }];
  packed = new Set(pack.files.map((f) => f.path));
}, 60_000);

/** The relative link targets of a Markdown file (outside code blocks), without their `#anchor`. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.replace(/#.*$/, ''));
}

/** Each relative link of a packed Markdown file, with the packed path it points to. */
function linksOf(file: string): { link: string; target: string }[] {
  return relativeLinks(read(file)).map((link) => ({ link, target: posix.normalize(posix.join(posix.dirname(file), link)) }));
}

describe('the packed package', () => {
  test('ships the README, the LICENSE, the CHANGELOG, CONTRIBUTING.md and every doc, but not the generated site', () => {
    const docs = readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
    expect(docs.length).toBeGreaterThanOrEqual(9);
    for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'CONTRIBUTING.md', 'package.json', ...docs]) expect(packed, file).toContain(file);
    expect([...packed].filter((path) => path.startsWith('docs/')).sort()).toEqual(docs.sort());
  });

  test('every relative link in the README resolves to a packed file', () => {
    const links = linksOf('README.md');
    expect(links.map((l) => l.target)).toEqual(expect.arrayContaining(['docs/migrating.md', 'docs/testing.md', 'docs/workflows.md', 'CHANGELOG.md']));
    expect(links.filter((l) => !packed.has(l.target))).toEqual([]);
  });

  test('every relative link in the packed docs resolves to a packed file', () => {
    const docs = [...packed].filter((path) => path.startsWith('docs/'));
    const broken = docs.flatMap((doc) => linksOf(doc).filter((l) => !packed.has(l.target)).map((l) => `${doc}: ${l.link}`));
    expect(broken).toEqual([]);
  });

  test('the LICENSE is the MIT license that package.json names', () => {
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('MIT');
    const license = read('LICENSE');
    expect(license.split('\n').slice(0, 3)).toEqual(['MIT License', '', 'Copyright (c) 2026 dispatch-workorder contributors']);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe('the README', () => {
  const readme = read('README.md');
  const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

  test('leads with what a user does: install, then a first call', () => {
    expect(headings.slice(0, 2)).toEqual(['Install', 'Use']);
    const use = readme.slice(readme.indexOf('## Use'));
    expect(use).toMatch(/^```ts\nimport \{ migrateJobOffer, validateWorkOrder, type WorkOrderInput \} from 'dispatch-workorder';\n/m);
    expect(readme.indexOf('npm install dispatch-workorder')).toBeLessThan(readme.indexOf('npm ci && npm start'));
  });

  test('keeps the quick start for a fresh clone, and its commands exist', () => {
    expect(readme).toContain('```sh\nnpm ci && npm start   # ');
    expect(readme).toContain('\nnpm test              # ');
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['start', 'test']));
  });
});
