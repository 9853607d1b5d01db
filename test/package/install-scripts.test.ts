import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// npm 11 warns on `npm ci` about every dependency install script that `allowScripts` in
// package.json neither approves nor denies (and npm 12 will not run them). Each one is decided
// here, so `npm ci` stays quiet; the lock file says which installed packages have such a script.

const readJson = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const allowScripts = (readJson('package.json')['allowScripts'] ?? {}) as Record<string, boolean>;
const lock = readJson('package-lock.json') as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };

const withInstallScripts = Object.entries(lock.packages)
  .filter(([path, entry]) => path !== '' && entry.hasInstallScript === true)
  .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version }));

test('every dependency with an install script is approved or denied in allowScripts', () => {
  const undecided = withInstallScripts.filter(({ name, version }) => allowScripts[name] === undefined && allowScripts[`${name}@${version}`] === undefined);
  expect(undecided).toEqual([]);
});

test('esbuild\'s postinstall is denied: the build uses its JavaScript API, which finds the binary of the platform package', () => {
  expect(withInstallScripts.map((p) => p.name)).toContain('esbuild');
  expect(allowScripts['esbuild']).toBe(false);
});

test("msw's postinstall is denied: it only copies msw's browser service worker into the folder package.json's `msw.workerDirectory` names, and this project has none (the mock's handlers run in Node)", () => {
  expect(withInstallScripts.map((p) => p.name)).toContain('msw');
  expect(readJson('package.json')['msw']).toBeUndefined();
  expect(allowScripts).toEqual({ esbuild: false, msw: false });
});
