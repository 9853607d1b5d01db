import type { BatchResult, CommandName } from '../records/task';

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
  /** Issues per code. */
  readonly codes: Map<string, number>;
}

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
  for (const [code, count] of Object.entries(batch.codes)) totals.codes.set(code, (totals.codes.get(code) ?? 0) + count);
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
