import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// docs/testing.md shows docs-example.test.ts, which runs as a test of its own: the two stay identical
// but for the import specifiers (the package's names in the docs, the sources here).

test('the example test in docs/testing.md is docs-example.test.ts', () => {
  const docs = readFileSync(new URL('../../../docs/testing.md', import.meta.url), 'utf8');
  const block = /<!-- docs-example\.test\.ts -->\n```ts\n([\s\S]*?)```\n/.exec(docs)?.[1];
  const example = readFileSync(new URL('./docs-example.test.ts', import.meta.url), 'utf8');
  const published = example.replace("from '../../../src/index';", "from 'dispatch-workorder';").replace("from '../../../src/testing/index';", "from 'dispatch-workorder/testing';");
  expect(published).not.toContain('../');
  expect(block).toBe(published);
});
