import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ISSUE_CODE_DOCS } from '../../src/issues/codes';
import { ERROR_CODES, WARNING_CODES, type IssueCode } from '../../src/issues/issue';

// docs/issues.md's tables are rendered from the code's own lists (ERROR_CODES, WARNING_CODES) and
// their documentation (ISSUE_CODE_DOCS), so a code cannot be added, removed or reworded in one place
// only. `UPDATE_DOCS=1 npx vitest run test/issues/codes.test.ts` writes them after a change.

function table(codes: readonly IssueCode[], last: string): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  return [
    `| Code | Meaning | Example | ${last} |`,
    '| --- | --- | --- | --- |',
    ...codes.map((code) => {
      const doc = ISSUE_CODE_DOCS[code];
      return `| \`${code}\` | ${cell(doc.meaning)} | ${cell(doc.example)} | ${cell(doc.fix)} |`;
    }),
  ].join('\n');
}

test('docs/issues.md lists every code, as the code documents it', () => {
  // Rendered inside the test: a throw here fails the test (at a file's top level it would only stop it loading).
  const TABLES = [
    ['errors', table(ERROR_CODES, 'How to fix')],
    ['warnings', table(WARNING_CODES, 'What to do')],
  ] as const;
  const path = new URL('../../docs/issues.md', import.meta.url);
  let doc = readFileSync(path, 'utf8');
  const expected = doc;
  for (const [name, rendered] of TABLES) {
    const start = `<!-- ${name}:start (generated from src/issues/codes.ts; do not edit) -->`;
    const end = `<!-- ${name}:end -->`;
    const from = doc.indexOf(start);
    const to = doc.indexOf(end);
    expect(from, `docs/issues.md has the ${name} markers`).toBeGreaterThan(-1);
    doc = `${doc.slice(0, from + start.length)}\n${rendered}\n${doc.slice(to)}`;
  }
  if (doc !== expected && process.env['UPDATE_DOCS'] === '1') writeFileSync(path, doc);
  else expect(expected).toBe(doc);
});

test('every code is documented once, and each is an error or a warning, not both', () => {
  expect(Object.keys(ISSUE_CODE_DOCS).sort()).toEqual([...ERROR_CODES, ...WARNING_CODES].sort());
  for (const doc of Object.values(ISSUE_CODE_DOCS)) expect(Object.keys(doc)).toEqual(['meaning', 'example', 'fix']);
  expect(ERROR_CODES.filter((code) => (WARNING_CODES as readonly string[]).includes(code))).toEqual([]);
});
