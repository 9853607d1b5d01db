import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { migrateJobOfferOrThrow } from '../../src';
import { matchers, type MatcherContext } from '../../src/testing';
import { jsonDiff } from '../../src/testing/diff';
import { formatIssues } from '../../src/testing/format-issues';
import { FIXTURES, readJson } from '../support/fixtures';

// The matchers' messages in the cases the expect()-based tests do not reach: a runner without a
// diff of its own, a Work Order valid with warnings, issues at the root.

const jobOffer = readJson(`${FIXTURES}pairs/guide-example.job-offer.json`) as Record<string, unknown>;
const workOrder = readJson(`${FIXTURES}pairs/guide-example.work-order.json`) as Record<string, unknown>;

/** A matcher context like jest's or vitest's, with a runner that has no diff to give. */
const context: MatcherContext = { isNot: false, equals: isDeepStrictEqual, utils: { diff: () => undefined } };

describe('toMigrateTo messages', () => {
  test('falls back to a JSON diff when the runner gives none', () => {
    const expected = { ...workOrder, title: 'Something else' };
    const result = matchers.toMigrateTo.call(context, jobOffer, expected);
    expect(result.pass).toBe(false);
    const message = result.message();
    expect(message.startsWith('expected the Job Offer to migrate to the expected Work Order\n\n')).toBe(true);
    const diff = jsonDiff(migrateJobOfferOrThrow(jobOffer), expected);
    expect(diff).toContain('Something else');
    expect(message).toContain(`\n\n${diff}\n\n`);
    expect(message).toContain('Migration issues:\n  warning /duration dropped_field:');
  });

  test('under .not, names the migration issues of the Job Offer that does migrate', () => {
    const result = matchers.toMigrateTo.call({ ...context, isNot: true }, jobOffer, workOrder);
    expect(result.pass).toBe(true);
    expect(result.message()).toMatch(/^expected the Job Offer not to migrate to this Work Order, but it does\n\nMigration issues:\n {2}warning \/duration dropped_field: /);
  });
});

describe('toBeValidWorkOrder messages', () => {
  test('under .not, a Work Order valid with warnings lists them', () => {
    const result = matchers.toBeValidWorkOrder.call({ ...context, isNot: true }, { ...workOrder, zzz: 1 });
    expect(result.pass).toBe(true);
    expect(result.message()).toMatch(/^expected the value not to be a valid Work Order, but it is \(warnings:\n {2}warning \/zzz unknown_field: /);
  });
});

describe('formatIssues', () => {
  test('says when there is no issue, writes each as the CLI does, control characters escaped', () => {
    expect(formatIssues([])).toBe('  (no issues)');
    expect(formatIssues([{ code: 'invalid_type', severity: 'error', path: [], message: 'The payload must be an object.' }])).toBe('  error (root) invalid_type: The payload must be an object.');
    expect(formatIssues([{ code: 'invalid_value', severity: 'warning', path: ['job', 'title'], message: 'Bad \u001b[31mtitle\n' }])).toBe('  warning /job/title invalid_value: Bad \\u001b[31mtitle\\n');
  });
});

describe('jsonDiff', () => {
  test('is undefined for equal values and rethrows what is not an assertion error', () => {
    expect(jsonDiff({ a: [1] }, { a: [1] })).toBeUndefined();
    const throwing = { get a(): never { throw new RangeError('getter failed'); } };
    expect(() => jsonDiff(throwing, { a: 1 })).toThrow(RangeError);
  });
});
