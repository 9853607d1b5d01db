import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { migrateJobOffer, validateWorkOrder, type Issue, type MigrateOptions } from '../src';
import { assertFixturePair, checkFixturePairs, type FixturePairResult } from '../src/testing';
import { ERROR_CODES, WARNING_CODES } from '../src/issues/issue';
import { codesAndPaths, FIXTURES, fixtureNames, readJson, type ExpectedIssue } from './support/fixtures';

// One table-driven test over every fixture in fixtures/. The codes seen are collected so that the
// last test can prove every issue code is produced by at least one fixture.
const seen = new Set<string>();

function record(issues: readonly Issue[]): void {
  for (const issue of issues) {
    seen.add(issue.code);
    expect(issue.message.length).toBeGreaterThan(20);
    expect(issue.severity).toBe((WARNING_CODES as readonly string[]).includes(issue.code) ? 'warning' : 'error');
  }
}

interface CaseFile {
  description: string;
  options?: MigrateOptions;
  input: unknown;
  output?: unknown;
  issues: ExpectedIssue[];
}

// Each pair is checked by checkFixturePairs on a folder that holds that pair alone, inside its own
// test: a test runs only its pair's migration, so `npm run mutate` attributes to it what it runs
// (code run outside every test makes each of its mutants run the whole suite).
const PAIRS = join(FIXTURES, 'pairs');

function checkAlone(name: string): FixturePairResult {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-workorder-pair-'));
  try {
    for (const file of readdirSync(PAIRS).filter((f) => f.startsWith(`${name}.`))) copyFileSync(join(PAIRS, file), join(dir, file));
    const results = checkFixturePairs(dir);
    expect(results.map((r) => r.name)).toEqual([name]);
    return results[0]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Job Offer → Work Order pairs (fixtures/pairs), run by checkFixturePairs', () => {
  test('there is a pair for every table row and decision, each with its expected issues', () => {
    const results = checkFixturePairs(PAIRS);
    expect(results.length).toBeGreaterThanOrEqual(12);
    expect(fixtureNames('pairs', '.issues.json')).toEqual(results.map((r) => r.name));
    expect(results.filter((r) => !r.passed).map((r) => [r.name, r.problem])).toEqual([]);
  });
  test.each(fixtureNames('pairs', '.issues.json'))('%s', (name) => {
    const result = checkAlone(name);
    record(result.issues);
    assertFixturePair(result);
  });
});

describe('valid Work Orders and their canonical form (fixtures/valid-work-orders)', () => {
  test.each(fixtureNames('valid-work-orders', '.json'))('%s', (name) => {
    const fixture = readJson(join(FIXTURES, 'valid-work-orders', `${name}.json`)) as CaseFile;
    const result = validateWorkOrder(fixture.input, fixture.options);
    record(result.issues);
    expect(codesAndPaths(result.issues)).toEqual(codesAndPaths(fixture.issues));
    expect(result.success).toBe(true);
    expect(result.workOrder).toStrictEqual(fixture.output);
  });
});

describe('invalid Work Orders (fixtures/invalid-work-orders)', () => {
  test.each(fixtureNames('invalid-work-orders', '.json'))('%s', (name) => {
    const fixture = readJson(join(FIXTURES, 'invalid-work-orders', `${name}.json`)) as CaseFile;
    const result = validateWorkOrder(fixture.input, fixture.options);
    record(result.issues);
    expect(result.success).toBe(false);
    expect(result.workOrder).toBeUndefined();
    expect(codesAndPaths(result.issues)).toEqual(codesAndPaths(fixture.issues));
  });
});

describe('Job Offers that cannot be migrated (fixtures/invalid-job-offers)', () => {
  test.each(fixtureNames('invalid-job-offers', '.json'))('%s', (name) => {
    const fixture = readJson(join(FIXTURES, 'invalid-job-offers', `${name}.json`)) as CaseFile;
    const result = migrateJobOffer(fixture.input, fixture.options);
    record(result.issues);
    expect(result.success).toBe(false);
    expect(codesAndPaths(result.issues)).toEqual(codesAndPaths(fixture.issues));
  });
});

// timezone_mismatch needs a time zone resolver function as an option, and unreadable_input an
// object that throws while it is read (a getter, a Proxy): a JSON fixture can hold neither.
// test/migrate/time-step.test.ts and test/validate/read.test.ts cover them.
const NEED_A_RESOLVER = new Set<string>(['timezone_mismatch', 'unreadable_input']);

test('every issue code is produced by at least one fixture', () => {
  const missing = [...ERROR_CODES, ...WARNING_CODES].filter((code) => !seen.has(code) && !NEED_A_RESOLVER.has(code));
  expect(missing).toEqual([]);
});
