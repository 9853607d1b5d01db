import type { Severity } from '../../issues/issue';
import type { BatchResult, CommandName } from '../records/task';

/** How often a code occurred in a run, and where. */
export interface CodeTotals {
  /** The code's severity, or `note` for a note's code. */
  readonly severity: Severity | 'note';
  /** Issues (or notes) with this code. */
  count: number;
  /** How many are at each path (JSON Pointer), for the first {@link MAX_PATHS_PER_CODE} paths met. */
  readonly paths: Map<string, number>;
  /** How many are at paths met after the first {@link MAX_PATHS_PER_CODE}. */
  otherPaths: number;
}

/** Running counts of a run. */
export interface Totals {
  /** Records read. */
  read: number;
  /** Records migrated (`migrate`) or valid (`validate`). */
  succeeded: number;
  /** Records that failed. */
  failed: number;
  /** Warning issues. */
  warnings: number;
  /** Notes of migrated records. */
  notes: number;
  /** Issues and notes per code. */
  readonly codes: Map<string, CodeTotals>;
}

/**
 * Most distinct paths counted per code, so that a run's memory stays bounded whatever the input
 * (unknown keys can be anything): issues at paths met later are counted together.
 */
export const MAX_PATHS_PER_CODE = 1000;

/**
 * Empty totals.
 *
 * @example
 * const totals = emptyTotals();
 */
export function emptyTotals(): Totals {
  return { read: 0, succeeded: 0, failed: 0, warnings: 0, notes: 0, codes: new Map() };
}

/**
 * Adds a batch's counts to `totals` (mutates `totals`, which the run owns).
 *
 * @example
 * addBatch(totals, result);
 */
export function addBatch(totals: Totals, batch: BatchResult): void {
  totals.read += batch.read;
  totals.succeeded += batch.succeeded;
  totals.failed += batch.failed;
  totals.warnings += batch.warnings;
  totals.notes += batch.notes;
  for (const [code, tally] of Object.entries(batch.codes)) {
    let entry = totals.codes.get(code);
    if (entry === undefined) totals.codes.set(code, (entry = { severity: tally.severity, count: 0, paths: new Map(), otherPaths: 0 }));
    entry.count += tally.count;
    for (const [pointer, count] of Object.entries(tally.paths)) {
      const known = entry.paths.get(pointer);
      if (known !== undefined) entry.paths.set(pointer, known + count);
      else if (entry.paths.size < MAX_PATHS_PER_CODE) entry.paths.set(pointer, count);
      else entry.otherPaths += count;
    }
  }
}

/**
 * How many issues of each code a run found, notes left out, sorted by code: the report's `codes`.
 *
 * @example
 * issueCounts(totals); // { dropped_field: 2, required: 1 }
 */
export function issueCounts(totals: Totals): Record<string, number> {
  const issues = [...totals.codes].filter(([, entry]) => entry.severity !== 'note');
  // By code point (codes are unique, so never equal).
  return Object.fromEntries(issues.sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, entry]) => [code, entry.count]));
}

/**
 * The summary line printed at the end of a run, e.g. `migrated 998 of 1000, 2 failed, 31 warnings`
 * or `valid 998 of 1000, 2 invalid, 31 warnings`; a migration with notes adds their count,
 * `migrated 998 of 1000, 2 failed, 31 warnings, 998 notes`.
 *
 * @example
 * formatSummary('migrate', { read: 3, succeeded: 2, failed: 1, warnings: 1, notes: 0, codes: new Map() });
 * // 'migrated 2 of 3, 1 failed, 1 warning'
 */
export function formatSummary(command: CommandName, totals: Totals): string {
  const warnings = `${totals.warnings} warning${totals.warnings === 1 ? '' : 's'}`;
  const notes = totals.notes === 0 ? '' : `, ${totals.notes} note${totals.notes === 1 ? '' : 's'}`;
  if (command === 'migrate') return `migrated ${totals.succeeded} of ${totals.read}, ${totals.failed} failed, ${warnings}${notes}`;
  return `valid ${totals.succeeded} of ${totals.read}, ${totals.failed} invalid, ${warnings}`;
}
