import { AssertionError } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { assertFixturePair, checkFixturePairs, type FixturePairResult } from '../../src/testing';
import { FIXTURES, readJson } from '../support/fixtures';

const jobOffer = readJson(`${FIXTURES}pairs/guide-example.job-offer.json`) as Record<string, unknown>;
const workOrder = readJson(`${FIXTURES}pairs/guide-example.work-order.json`) as Record<string, unknown>;

const dir = mkdtempSync(join(tmpdir(), 'dwo-assert-pairs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files: Record<string, unknown> = {
  'good.job-offer.json': jobOffer,
  'good.work-order.json': workOrder,
  'wrong-title.job-offer.json': jobOffer,
  'wrong-title.work-order.json': { ...workOrder, title: 'Fix the Toilet' },
  'wrong-issues.job-offer.json': jobOffer,
  'wrong-issues.work-order.json': workOrder,
  'wrong-issues.issues.json': [],
  'nested/fails.job-offer.json': { ...jobOffer, offer_strategy: 'nope' },
  'nested/fails.work-order.json': workOrder,
  'lonely.work-order.json': workOrder,
};
mkdirSync(join(dir, 'nested'));
for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(value));
const results = Object.fromEntries(checkFixturePairs(dir).map((r) => [r.name, r]));

const DROPPED = '  warning /duration dropped_field: "duration" was dropped: Work Orders do not expire, so offer expiry is no longer supported.';

function failureOf(result: FixturePairResult): AssertionError {
  try {
    assertFixturePair(result);
  } catch (error) {
    if (error instanceof AssertionError) return error;
    throw error;
  }
  throw new Error(`assertFixturePair passed for ${result.name}`);
}

test('a passing pair passes', () => {
  expect(assertFixturePair(results['good']!)).toBeUndefined();
});

describe('a failing pair throws an AssertionError whose message carries the problem, the diff and the issues', () => {
  test('the Work Order differs', () => {
    const result = results['wrong-title']!;
    expect(failureOf(result).message).toBe(
      `fixture pair "wrong-title" failed: the Work Order differs from wrong-title.work-order.json\n\n${result.diff!}\n\nMigration issues:\n${DROPPED}`,
    );
    expect(result.diff).toMatch(/\n\+ {3}title: 'Fix the Sink',\n- {3}title: 'Fix the Toilet',\n/);
  });

  test('the issues differ from NAME.issues.json', () => {
    expect(failureOf(results['wrong-issues']!).message).toBe(
      [
        'fixture pair "wrong-issues" failed: the issues differ from wrong-issues.issues.json (compared by code and path, in any order)',
        '',
        '+ actual - expected',
        '',
        '+ [',
        `+   '{"code":"dropped_field","path":["duration"]}'`,
        '+ ]',
        '- []',
        '',
        'Migration issues:',
        DROPPED,
      ].join('\n'),
    );
  });

  test('the Job Offer does not migrate', () => {
    expect(failureOf(results['nested/fails']!).message).toBe(
      [
        'fixture pair "nested/fails" failed: nested/fails.job-offer.json did not migrate (1 error)',
        '',
        'Migration issues:',
        '  error /offer_strategy invalid_value: In "offer_strategy", "nope" is not an orchestration a Work Order knows: use "direct" (one organization, as Job Offers did), "round_robin" or "jump_ball".',
        DROPPED,
      ].join('\n'),
    );
  });

  test('a file of the pair is missing: no issues to show', () => {
    expect(failureOf(results['lonely']!).message).toBe('fixture pair "lonely" failed: lonely.work-order.json has no Job Offer beside it: add lonely.job-offer.json.');
  });

  test('a Work Order that differs without any issue says so', () => {
    const result: FixturePairResult = { name: 'x', passed: false, problem: 'the Work Order differs from x.work-order.json', diff: '+ actual - expected\n\n+ 1\n- 2', issues: [] };
    expect(failureOf(result).message).toBe('fixture pair "x" failed: the Work Order differs from x.work-order.json\n\n+ actual - expected\n\n+ 1\n- 2\n\nMigration issues:\n  (no issues)');
  });

  test('a result built by hand without a problem still fails', () => {
    expect(failureOf({ name: 'x', passed: false, problem: undefined, diff: undefined, issues: [] }).message).toBe('fixture pair "x" failed: no reason was given');
  });
});

test('the error is node:assert\'s, as assert.fail throws it (so runners add no diff of their own), and its stack starts at the caller', () => {
  const error = failureOf(results['lonely']!);
  expect(error).toMatchObject({ name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'fail', generatedMessage: false, actual: undefined, expected: undefined });
  expect(error.stack?.split('\n')[1]).toContain('assert-fixture-pair.test.ts');
});
