import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatIssue } from '../src/issues/format-issue';
import { formatPath, type Issue } from '../src/issues/issue';
import { migrateJobOffer, validateWorkOrder } from '../src';
import { anyJson, broken, jobOffer, workOrder } from '../src/testing/arbitraries';
import { FIXTURES, fixtureNames, readJson } from './support/fixtures';

// What every message says: the field it is about (its path, or the key, in the caller's payload),
// how to fix it (an instruction after a colon), and never zod's own default text.

const ZOD_TEXT = /Invalid input|Invalid option|Invalid discriminator|Too big|Too small|expected [a-z]+ to (?:be|have)|received [a-z]+|Invalid string|Unrecognized key/;
const FIX = /: .*\b(?:say|give|write|add|use|remove|correct|set|keep|leave|split|pass|check|offer|fill|change|mark|choose|send|fix|make|shorten|rename|ask|carry|move)\b/i;

function namesItsField(issue: Issue): boolean {
  if (issue.path.length === 0) return true; // the payload itself
  const keys = issue.path.filter((segment): segment is string => typeof segment === 'string');
  return issue.message.includes(formatPath(issue.path)) || keys.some((key) => issue.message.includes(`"${key}"`) || issue.message.includes(`"${key}"`.replace(/_/g, ' ')));
}

function checkAll(issues: readonly Issue[], where: string): void {
  for (const issue of issues) {
    const about = `${where}: ${issue.code} at ${JSON.stringify(issue.path)}: ${issue.message}`;
    expect(ZOD_TEXT.test(issue.message), about).toBe(false);
    expect(namesItsField(issue), about).toBe(true);
    if (issue.severity === 'error' || !['dropped_field', 'unknown_field'].includes(issue.code)) expect(FIX.test(issue.message), about).toBe(true);
  }
}

test('every message of every fixture names its field, says how to fix it, and has no zod text', () => {
  let count = 0;
  for (const name of fixtureNames('pairs', '.job-offer.json')) {
    const options = fixtureNames('pairs', '.options.json').includes(name) ? readJson(join(FIXTURES, 'pairs', `${name}.options.json`)) : undefined;
    const result = migrateJobOffer(readJson(join(FIXTURES, 'pairs', `${name}.job-offer.json`)), options as object);
    checkAll(result.issues, `pairs/${name}`);
    count += result.issues.length;
  }
  for (const folder of ['valid-work-orders', 'invalid-work-orders', 'invalid-job-offers'] as const) {
    for (const name of fixtureNames(folder, '.json')) {
      const fixture = readJson(join(FIXTURES, folder, `${name}.json`)) as { input: unknown; options?: object };
      const result = folder === 'invalid-job-offers' ? migrateJobOffer(fixture.input, fixture.options) : validateWorkOrder(fixture.input, fixture.options);
      checkAll(result.issues, `${folder}/${name}`);
      count += result.issues.length;
    }
  }
  expect(count).toBeGreaterThan(100);
});

/** Every fixture's issues, in the order returned, one per line as the CLI writes them. */
function fixtureIssues(): string {
  const lines: string[] = [];
  const add = (where: string, issues: readonly Issue[]) => {
    lines.push(`${where}${issues.length === 0 ? ': no issues' : ''}`);
    for (const found of issues) lines.push(`  ${formatIssue(found)}`);
  };
  for (const name of fixtureNames('pairs', '.job-offer.json')) {
    const options = fixtureNames('pairs', '.options.json').includes(name) ? readJson(join(FIXTURES, 'pairs', `${name}.options.json`)) : undefined;
    add(`pairs/${name}`, migrateJobOffer(readJson(join(FIXTURES, 'pairs', `${name}.job-offer.json`)), options as object).issues);
  }
  for (const folder of ['valid-work-orders', 'invalid-work-orders', 'invalid-job-offers'] as const) {
    for (const name of fixtureNames(folder, '.json')) {
      const fixture = readJson(join(FIXTURES, folder, `${name}.json`)) as { input: unknown; options?: object };
      add(`${folder}/${name}`, (folder === 'invalid-job-offers' ? migrateJobOffer(fixture.input, fixture.options) : validateWorkOrder(fixture.input, fixture.options)).issues);
    }
  }
  return `${lines.join('\n')}\n`;
}

// Integrators show these messages to their users and match on them: the wording of each (the field,
// the value, the fix) is held word for word, so that a change to one is a reviewed change to
// test/messages.snapshot.txt (`npx vitest run test/messages.test.ts -u` rewrites it).
test('every message of every fixture, word for word', async () => {
  await expect(fixtureIssues()).toMatchFileSnapshot('./messages.snapshot.txt');
});

test('and so does every message on generated payloads', () => {
  fc.assert(
    fc.property(fc.oneof(broken(jobOffer()), anyJson()), (input) => checkAll(migrateJobOffer(input).issues, 'migrateJobOffer')),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.oneof(broken(workOrder()), anyJson()), (input) => checkAll(validateWorkOrder(input).issues, 'validateWorkOrder')),
    { numRuns: 300 },
  );
}, 60_000);
