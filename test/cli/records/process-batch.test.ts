import { describe, expect, it } from 'vitest';
import { migrateJobOffer } from '../../../src';
import { inferTimezone } from '../../../src/time/timezone';
import { processBatch } from '../../../src/cli/records/process-batch';
import type { Task } from '../../../src/cli/records/task';
import { guideOffer, titleMissingOffer, withExternalId } from '../support/records';

const task: Task = { command: 'migrate', options: {}, inferTimezone: false, indent: 0, quiet: false, ignore: [], collectReport: true };

describe('processBatch', () => {
  it('counts, renders and collects exactly what the library reports', () => {
    const bad = withExternalId(titleMissingOffer, 'B2');
    const result = processBatch(
      [
        { record: 1, text: JSON.stringify(guideOffer) },
        { record: 2, value: bad },
        { record: 4, text: '{oops' },
      ],
      task,
    );
    const good = migrateJobOffer(guideOffer);
    const failed = migrateJobOffer(bad);
    expect(result.outputs).toEqual([JSON.stringify(good.success ? good.workOrder : undefined)]);
    expect({ read: result.read, succeeded: result.succeeded, failed: result.failed, warnings: result.warnings }).toEqual({ read: 3, succeeded: 1, failed: 2, warnings: 1 });
    expect(result.codes).toEqual({
      dropped_field: { severity: 'warning', count: 1, paths: { '/duration': 1 } },
      required: { severity: 'error', count: 1, paths: { '/job/title': 1 } },
      invalid_json: { severity: 'error', count: 1, paths: { '': 1 } },
    });
    expect(result.failures.map((f) => [f.record, f.external_id, f.issues.map((i) => [i.code, i.pointer])])).toEqual([
      [2, 'B2', failed.issues.map((i) => [i.code, '/job/title'])],
      [4, null, [['invalid_json', '']]],
    ]);
    expect(result.stderr.split('\n').map((l) => l.split(':')[0])).toEqual(['record 1', 'record 2', 'record 4', '']);
  });

  it('leaves warnings out of stderr when quiet, but still counts them, and collects nothing unless asked', () => {
    const result = processBatch([{ record: 1, value: guideOffer }], { ...task, quiet: true, collectReport: false });
    expect(result.stderr).toBe('');
    expect(result.warnings).toBe(1);
    const failed = processBatch([{ record: 1, value: titleMissingOffer }], { ...task, collectReport: false });
    expect(failed.failures).toEqual([]);
    expect(failed.failed).toBe(1);
  });

  it('leaves the lines of ignored codes out of stderr, errors and notes too, but counts and reports them', () => {
    const withZones: Task = { ...task, inferTimezone: true, ignore: ['dropped_field', 'required', 'timezone_inferred'] };
    const result = processBatch([{ record: 1, value: guideOffer }, { record: 2, value: titleMissingOffer }, { record: 3, text: '{oops' }], withZones, inferTimezone);
    expect(result.stderr.split('\n').map((l) => l.split(':')[1])).toEqual([' error (root) invalid_json', undefined]);
    expect(Object.fromEntries(Object.entries(result.codes).map(([code, tally]) => [code, [tally.severity, tally.count]]))).toEqual({
      dropped_field: ['warning', 1],
      timezone_inferred: ['note', 1],
      required: ['error', 1],
      invalid_json: ['error', 1],
    });
    expect([result.warnings, result.notes, result.failed]).toEqual([1, 1, 2]);
    expect(result.failures.map((f) => f.issues.map((i) => i.code))).toEqual([['required'], ['invalid_json']]);
  });

  it('counts each code per path', () => {
    const offers = [guideOffer, { ...guideOffer, extra: 1 }, { ...guideOffer, extra: 2, other: 3 }];
    const result = processBatch(offers.map((value, i) => ({ record: i + 1, value })), task);
    expect(result.codes['dropped_field']).toEqual({ severity: 'warning', count: 6, paths: { '/duration': 3, '/extra': 2, '/other': 1 } });
  });

  it('indents documents and never mutates its input', () => {
    const value = structuredClone(guideOffer);
    const result = processBatch([{ record: 1, value }], { ...task, indent: 2 });
    expect(value).toEqual(guideOffer);
    expect(result.outputs[0]?.startsWith('{\n  "title": ')).toBe(true);
  });

  it('validates with validate, ignoring the status option', () => {
    const good = migrateJobOffer(guideOffer);
    const workOrder = good.success ? good.workOrder : undefined;
    const result = processBatch([{ record: 1, value: workOrder }], { ...task, command: 'validate', options: { status: 'offered' } });
    expect(result.succeeded).toBe(1);
    expect(result.outputs).toEqual([JSON.stringify(workOrder)]);
  });

  it('fails a record the reader could not read with the issue it carries', () => {
    const issue = { code: 'too_large', severity: 'error', path: [], message: 'the record is 20000000 bytes long; …' } as const;
    const result = processBatch([{ record: 7, issue }], task);
    expect(result.failures).toEqual([{ record: 7, external_id: null, issues: [{ ...issue, pointer: '' }] }]);
    expect(result.stderr).toBe('record 7: error (root) too_large: the record is 20000000 bytes long; …\n');
    expect(result.codes).toEqual({ too_large: { severity: 'error', count: 1, paths: { '': 1 } } });
  });

  it('prints and collects the notes of migrated records, after their issues; quiet leaves the lines out', () => {
    const expected = migrateJobOffer(guideOffer, { inferTimezone });
    const notes = expected.success ? (expected.notes ?? []) : [];
    expect(notes.map((n) => n.code)).toEqual(['timezone_inferred']);
    const withZones: Task = { ...task, inferTimezone: true };
    const result = processBatch([{ record: 3, value: guideOffer }], withZones, inferTimezone);
    expect(result.notes).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      `record 3: warning /duration dropped_field: ${expected.issues[0]?.message}`,
      `record 3: note /job/address/timezone timezone_inferred: ${notes[0]?.message}`,
      '',
    ]);
    expect(result.noted).toEqual([{ record: 3, external_id: 'AAA123', notes: notes.map((n) => ({ ...n, pointer: '/job/address/timezone' })) }]);
    const quiet = processBatch([{ record: 3, value: guideOffer }], { ...withZones, quiet: true, collectReport: false }, inferTimezone);
    expect([quiet.stderr, quiet.notes, quiet.noted]).toEqual(['', 1, []]);
    const { external_id: _id, ...job } = guideOffer['job'] as Record<string, unknown>;
    const anonymous = processBatch([{ record: 4, value: { ...guideOffer, job } }], withZones, inferTimezone);
    expect(anonymous.noted.map((n) => [n.record, n.external_id])).toEqual([[4, null]]);
  });

  it('passes now and localTimes to migrate, and now alone to validate', () => {
    const now = '2017-01-01T08:00:00Z';
    const migratedNow = processBatch([{ record: 1, value: guideOffer }], { ...task, options: { now, localTimes: 'location' } });
    expect(Object.keys(migratedNow.codes)).toEqual(['dropped_field', 'window_in_past']);
    const good = migrateJobOffer(guideOffer);
    const validated = processBatch([{ record: 1, value: good.success ? good.workOrder : undefined }], { ...task, command: 'validate', options: { now, localTimes: 'location', status: 'offered' } });
    expect(validated.codes).toEqual({ window_in_past: { severity: 'warning', count: 1, paths: { '/appointment_windows/0/end_time': 1 } } });
  });
});
