import { AssertionError } from 'node:assert';
import type { FixturePairResult } from './check-fixture-pairs';
import { formatIssues } from './format-issues';

/**
 * Throws an `AssertionError` (from `node:assert`, as `assert.fail` does, which vitest, jest,
 * `node:test` and mocha all report) when a fixture pair of {@link checkFixturePairs} failed. Its message says why, then shows
 * the diff and the migration's issues, one per line:
 *
 * ```text
 * fixture pair "wrong-title" failed: the Work Order differs from wrong-title.work-order.json
 *
 * + actual - expected
 * …
 *
 * Migration issues:
 *   warning /duration dropped_field: "duration" was dropped: …
 * ```
 *
 * @throws {AssertionError} When `result.passed` is false.
 *
 * @example
 * const results = checkFixturePairs(new URL('./fixtures/', import.meta.url));
 * test.each(results.map((r) => [r.name, r] as const))('%s', (_, result) => assertFixturePair(result));
 *
 * @category Fixture pairs
 */
export function assertFixturePair(result: FixturePairResult): void {
  if (result.passed) return;
  // As `assert.fail(message)` does: no actual and expected values, so no runner adds a diff of its own.
  throw new AssertionError({ message: fixturePairFailure(result), operator: 'fail', stackStartFn: assertFixturePair });
}

/** Why the pair failed, its diff, and its issues when the migration ran. */
function fixturePairFailure(result: FixturePairResult): string {
  let message = `fixture pair "${result.name}" failed: ${result.problem ?? 'no reason was given'}`;
  if (result.diff !== undefined) message += `\n\n${result.diff}`;
  // A pair that could not be migrated (a missing or unreadable file) has neither a diff nor issues.
  if (result.diff !== undefined || result.issues.length > 0) message += `\n\nMigration issues:\n${formatIssues(result.issues)}`;
  return message;
}
