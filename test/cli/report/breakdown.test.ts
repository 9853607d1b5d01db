import { describe, expect, it } from 'vitest';
import { formatBreakdown } from '../../../src/cli/report/breakdown';
import { emptyTotals, type CodeTotals, type Totals } from '../../../src/cli/report/totals';

const code = (severity: CodeTotals['severity'], paths: Record<string, number>, otherPaths = 0): CodeTotals => ({
  severity,
  count: Object.values(paths).reduce((sum, n) => sum + n, otherPaths),
  paths: new Map(Object.entries(paths)),
  otherPaths,
});
const totals = (codes: Record<string, CodeTotals>): Totals => ({ ...emptyTotals(), codes: new Map(Object.entries(codes)) });

describe('formatBreakdown', () => {
  it('gives each severity its count, then its codes, commonest first, with their commonest paths, in aligned columns', () => {
    expect(
      formatBreakdown(
        totals({
          invalid_phone: code('error', { '/customer/phone_numbers/0': 8 }),
          dropped_field: code('warning', { '/duration': 10_000 }),
          required: code('error', { '/customer/name': 5, '/job/title': 15 }),
          timezone_inferred: code('note', { '/job/address/timezone': 998 }),
          unknown_field: code('warning', { '/a': 1, '/b': 1000, '/c': 600, '/d': 60 }, 3),
        }),
      ),
    ).toEqual([
      'errors: 28',
      '  required               20  /job/title (15), /customer/name (5)',
      '  invalid_phone           8  /customer/phone_numbers/0',
      'warnings: 11,664',
      '  dropped_field      10,000  /duration',
      '  unknown_field       1,664  /b (1,000), /c (600), /d (60), others (4)',
      'notes: 998',
      '  timezone_inferred     998  /job/address/timezone',
    ]);
  });

  it('breaks ties by code and path, shows the root as (root), and counts paths past the cap as others', () => {
    expect(formatBreakdown(totals({ invalid_type: code('error', { '': 2 }), invalid_json: code('error', { '': 2 }), required: code('error', { '/b': 1, '/a': 1 }, 2) }))).toEqual([
      'errors: 8',
      '  required      4  /a (1), /b (1), others (2)',
      '  invalid_json  2  (root)',
      '  invalid_type  2  (root)',
    ]);
  });

  it('escapes control characters in paths', () => {
    expect(formatBreakdown(totals({ dropped_field: code('warning', { '/\u001b[2Jx\n': 1 }) }))).toEqual(['warnings: 1', '  dropped_field  1  /\\u001b[2Jx\\n']);
  });

  it('has no lines when the run found nothing', () => {
    expect(formatBreakdown(emptyTotals())).toEqual([]);
  });
});
