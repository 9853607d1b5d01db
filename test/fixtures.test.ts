import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { migrateJobOffer, validateWorkOrder, type Issue, type MigrateOptions } from '../src';
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

describe('Job Offer → Work Order pairs (fixtures/pairs)', () => {
  const names = fixtureNames('pairs', '.job-offer.json');
  test('there is a pair for every table row and decision', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });
  test.each(names)('%s', (name) => {
    const base = join(FIXTURES, 'pairs', name);
    const options = fixtureNames('pairs', '.options.json').includes(name) ? (readJson(`${base}.options.json`) as MigrateOptions) : undefined;
    const result = migrateJobOffer(readJson(`${base}.job-offer.json`), options);
    record(result.issues);
    expect(codesAndPaths(result.issues)).toEqual(codesAndPaths(readJson(`${base}.issues.json`) as ExpectedIssue[]));
    expect(result.success).toBe(true);
    expect(result.workOrder).toStrictEqual(readJson(`${base}.work-order.json`));
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

test('every issue code is produced by at least one fixture', () => {
  const missing = [...ERROR_CODES, ...WARNING_CODES].filter((code) => !seen.has(code));
  expect(missing).toEqual([]);
});
