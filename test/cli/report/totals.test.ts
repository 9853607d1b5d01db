import { describe, expect, it } from 'vitest';
import { addBatch, emptyTotals, formatSummary } from '../../../src/cli/report/totals';

describe('totals', () => {
  it('adds batches and counts codes', () => {
    const totals = emptyTotals();
    const batch = { outputs: [], stderr: '', failures: [], noted: [], read: 3, succeeded: 2, failed: 1, warnings: 4, notes: 1, codes: { required: 1, dropped_field: 4 } };
    addBatch(totals, batch);
    addBatch(totals, { ...batch, notes: 0, codes: { required: 2 } });
    expect(totals).toEqual({ read: 6, succeeded: 4, failed: 2, warnings: 8, notes: 1, codes: new Map([['required', 3], ['dropped_field', 4]]) });
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
