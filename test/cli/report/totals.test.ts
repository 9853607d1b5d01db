import { describe, expect, it } from 'vitest';
import type { BatchResult, CodeTally } from '../../../src/cli/records/task';
import { addBatch, emptyTotals, formatSummary, issueCounts, MAX_PATHS_PER_CODE } from '../../../src/cli/report/totals';

const batch = (codes: Record<string, CodeTally>, counts: Partial<BatchResult> = {}): BatchResult => ({
  outputs: [],
  stderr: '',
  failures: [],
  noted: [],
  read: 3,
  succeeded: 2,
  failed: 1,
  warnings: 4,
  notes: 1,
  codes,
  ...counts,
});

describe('totals', () => {
  it('adds batches and counts codes per path', () => {
    const totals = emptyTotals();
    addBatch(totals, batch({ required: { severity: 'error', count: 1, paths: { '/job/title': 1 } }, dropped_field: { severity: 'warning', count: 4, paths: { '/duration': 3, '/x': 1 } } }));
    addBatch(totals, batch({ required: { severity: 'error', count: 2, paths: { '/job/title': 1, '': 1 } } }, { notes: 0 }));
    expect(totals).toEqual({
      read: 6,
      succeeded: 4,
      failed: 2,
      warnings: 8,
      notes: 1,
      codes: new Map([
        ['required', { severity: 'error', count: 3, paths: new Map([['/job/title', 2], ['', 1]]), otherPaths: 0 }],
        ['dropped_field', { severity: 'warning', count: 4, paths: new Map([['/duration', 3], ['/x', 1]]), otherPaths: 0 }],
      ]),
    });
  });

  it(`keeps at most ${MAX_PATHS_PER_CODE} paths per code, counting the others together`, () => {
    const totals = emptyTotals();
    const paths = Object.fromEntries(Array.from({ length: MAX_PATHS_PER_CODE + 5 }, (_, i) => [`/k${i}`, 2]));
    addBatch(totals, batch({ dropped_field: { severity: 'warning', count: 2 * (MAX_PATHS_PER_CODE + 5), paths } }));
    addBatch(totals, batch({ dropped_field: { severity: 'warning', count: 3, paths: { '/k0': 1, '/new': 2 } } }));
    const entry = totals.codes.get('dropped_field');
    expect(entry?.paths.size).toBe(MAX_PATHS_PER_CODE);
    expect(entry?.paths.get('/k0')).toBe(3);
    expect(entry?.otherPaths).toBe(5 * 2 + 2);
    expect(entry?.count).toBe(2 * (MAX_PATHS_PER_CODE + 5) + 3);
  });

  it('gives the report its counts of issues per code, sorted, notes left out', () => {
    const totals = emptyTotals();
    addBatch(totals, batch({ window_in_past: { severity: 'warning', count: 2, paths: {} }, timezone_inferred: { severity: 'note', count: 1, paths: {} }, dropped_field: { severity: 'warning', count: 1, paths: {} } }));
    expect(Object.entries(issueCounts(totals))).toEqual([
      ['dropped_field', 1],
      ['window_in_past', 2],
    ]);
  });

  it.each([
    ['migrate', { read: 1000, succeeded: 998, failed: 2, warnings: 31, notes: 0 }, 'migrated 998 of 1000, 2 failed, 31 warnings'],
    ['migrate', { read: 1, succeeded: 1, failed: 0, warnings: 1, notes: 0 }, 'migrated 1 of 1, 0 failed, 1 warning'],
    ['migrate', { read: 3, succeeded: 3, failed: 0, warnings: 0, notes: 1 }, 'migrated 3 of 3, 0 failed, 0 warnings, 1 note'],
    ['migrate', { read: 3, succeeded: 2, failed: 1, warnings: 2, notes: 2 }, 'migrated 2 of 3, 1 failed, 2 warnings, 2 notes'],
    ['validate', { read: 2, succeeded: 1, failed: 1, warnings: 0, notes: 0 }, 'valid 1 of 2, 1 invalid, 0 warnings'],
  ] as const)('%s summary %j', (command, counts, summary) => {
    expect(formatSummary(command, { ...counts, codes: new Map() })).toBe(summary);
  });
});
