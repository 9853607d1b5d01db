import { describe, expect, it } from 'vitest';
import { guideOffer, line, migrated, titleMissingOffer, withExternalId } from './support/records';
import { lines, runCli } from './support/run-cli';

// A batch with good and bad records: no failure stops it; only good records are written.

describe('a mixed good and bad NDJSON batch', () => {
  const good1 = withExternalId(guideOffer, 'G1');
  const good5 = withExternalId(guideOffer, 'G5');
  const input = [JSON.stringify(good1), JSON.stringify(titleMissingOffer), '{"job": {"title": "unterminated"', '42', JSON.stringify(good5)].join('\n');

  it('writes the good records in input order, one stderr line per issue, and exits 1', async () => {
    const run = await runCli(['migrate'], { stdin: `${input}\n` });
    const first = migrated(good1);
    const fifth = migrated(good5);
    const second = migrated(titleMissingOffer);
    const fourth = migrated(42);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${JSON.stringify(first.workOrder)}\n${JSON.stringify(fifth.workOrder)}\n`);
    const stderr = lines(run.stderr);
    expect(stderr).toHaveLength(12);
    expect(stderr[0]).toBe(line(1, '/duration', first.issues[0]));
    expect(stderr[1]).toBe(line(2, '/job/title', second.issues[0]));
    // The JSON.parse message depends on the Node version; the rest of the line does not.
    expect(stderr[2]).toMatch(/^record 3: error \(root\) invalid_json: the line is not valid JSON \(.+\)\.$/);
    expect(fourth.issues.map((i) => [i.code, i.path])).toEqual([['invalid_type', []]]);
    expect(stderr[3]).toBe(line(4, '(root)', fourth.issues[0]));
    expect(stderr[4]).toBe(line(5, '/duration', fifth.issues[0]));
    // The summary: counts per severity, then per code (the commonest first) with its paths.
    expect(stderr.slice(5)).toEqual([
      'migrated 2 of 5, 3 failed, 2 warnings',
      'errors: 3',
      '  invalid_json   1  (root)',
      '  invalid_type   1  (root)',
      '  required       1  /job/title',
      'warnings: 2',
      '  dropped_field  2  /duration',
    ]);
    // Every line of an issue names its severity, so errors can be picked out with grep.
    expect(stderr.slice(0, 5).map((l) => l.split(' ')[2])).toEqual(['warning', 'error', 'error', 'error', 'warning']);
  });

  it('prints errors only with --quiet: no warnings and no summary', async () => {
    const run = await runCli(['migrate', '--quiet'], { stdin: input });
    expect(run.code).toBe(1);
    expect(lines(run.stderr).map((l) => l.slice(0, l.indexOf(':', l.indexOf(':') + 1)))).toEqual([
      'record 2: error /job/title required',
      'record 3: error (root) invalid_json',
      'record 4: error (root) invalid_type',
    ]);
    expect(run.stdout.split('\n')).toHaveLength(3);
  });

  it('validates Work Orders the same way: nothing on stdout, issues on stderr, exit 1', async () => {
    const workOrder = migrated(guideOffer).workOrder;
    const broken = { ...workOrder, title: '' };
    const run = await runCli(['validate'], { stdin: `${JSON.stringify(workOrder)}\n${JSON.stringify(broken)}\n` });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const stderr = lines(run.stderr);
    expect(stderr[0]).toMatch(/^record 2: error \/title [a-z_]+: /);
    expect(stderr.slice(-3)).toEqual(['valid 1 of 2, 1 invalid, 0 warnings', 'errors: 1', expect.stringMatching(/^ {2}[a-z_]+ {2}1 {2}\/title$/)]);
  });

  it('exits 0 when every Work Order is valid', async () => {
    const workOrder = migrated(guideOffer).workOrder;
    const run = await runCli(['validate'], { stdin: JSON.stringify([workOrder, workOrder]) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('valid 2 of 2, 0 invalid, 0 warnings\n');
  });
});
