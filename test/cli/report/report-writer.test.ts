import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FailedRecord, NotedRecord } from '../../../src/cli/records/task';
import { openAtomicFile } from '../../../src/cli/output/atomic-file';
import { startReport } from '../../../src/cli/report/report-writer';
import { emptyTotals, type CodeTotals } from '../../../src/cli/report/totals';

const newDir = (): string => mkdtempSync(join(tmpdir(), 'dwo-cli-report-writer-'));
const failure = (record: number): FailedRecord => ({ record, external_id: null, issues: [{ code: 'invalid_json', severity: 'error', path: [], message: 'x', pointer: '' }] });
const noted = (record: number): NotedRecord => ({
  record,
  external_id: `N${record}`,
  notes: [{ code: 'timezone_inferred', path: ['job', 'address', 'timezone'], message: 'filled in', pointer: '/job/address/timezone' }],
});

/** Totals for a code: its severity and count (paths do not reach the report). */
const code = (severity: CodeTotals['severity'], count: number): CodeTotals => ({ severity, count, paths: new Map(), otherPaths: 0 });

describe('startReport', () => {
  it('streams failed and noted records as they come, in their own lists, then the totals', async () => {
    const dir = newDir();
    const path = join(dir, 'report.json');
    const report = startReport(await openAtomicFile(path), { command: 'migrate', input: 'in.ndjson', shape: 'ndjson' });
    await report.add([failure(2)], [noted(1)]);
    await report.add([], []);
    // The notes wait in a temporary file of their own, beside the report's.
    expect(readdirSync(dir).filter((name) => name.startsWith('.report.json.')).length).toBe(2);
    await report.add([failure(4)], [noted(3), noted(5)]);
    await report.commit({ ...emptyTotals(), read: 5, succeeded: 3, failed: 2, notes: 3, codes: new Map([['required', code('error', 1)], ['invalid_json', code('error', 2)], ['window_in_past', code('warning', 1)], ['dropped_field', code('warning', 3)], ['timezone_inferred', code('note', 3)]]) });
    expect(readdirSync(dir)).toEqual(['report.json']);
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toEqual({
      version: 1,
      command: 'migrate',
      input: 'in.ndjson',
      shape: 'ndjson',
      failed: [failure(2), failure(4)],
      notes: [noted(1), noted(3), noted(5)],
      totals: { read: 5, migrated: 3, failed: 2, warnings: 0, notes: 3 },
      codes: { dropped_field: 3, invalid_json: 2, required: 1, window_in_past: 1 },
    });
    // One record per line; codes sorted; notes are not issues, so not in codes.
    expect(text.split('\n').filter((l) => l.startsWith('    {"record":'))).toHaveLength(5);
    expect(text).toContain('"codes": {"dropped_field":3,"invalid_json":2,"required":1,"window_in_past":1}');
  });

  it('keeps memory flat: many notes reach the file as they come, not at the end', async () => {
    const dir = newDir();
    const report = startReport(await openAtomicFile(join(dir, 'many.json')), { command: 'migrate', input: '-', shape: 'ndjson' });
    for (let i = 0; i < 2000; i += 1) await report.add([], [noted(i + 1)]);
    // Two temporary files: the report's (failed records) and the notes'. Over 64 KiB of notes were
    // added, so the notes' file already holds most of them.
    const sizes = readdirSync(dir).map((name) => readFileSync(join(dir, name)).length).sort((a, b) => a - b);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toBeLessThan(200);
    expect(sizes[1]).toBeGreaterThan(64 * 1024);
    await report.commit({ ...emptyTotals(), read: 2000, succeeded: 2000, notes: 2000 });
    expect((JSON.parse(readFileSync(join(dir, 'many.json'), 'utf8')) as { notes: unknown[] }).notes).toHaveLength(2000);
  });

  it('removes both temporary files and leaves the report path alone on abort', async () => {
    const dir = newDir();
    const path = join(dir, 'kept.json');
    writeFileSync(path, 'old');
    const report = startReport(await openAtomicFile(path), { command: 'validate', input: '-', shape: 'array' });
    await report.add([failure(1)], [noted(2)]);
    await report.abort();
    expect(readdirSync(dir)).toEqual(['kept.json']);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('writes empty lists for a validate run', async () => {
    const dir = newDir();
    const path = join(dir, 'valid.json');
    const report = startReport(await openAtomicFile(path), { command: 'validate', input: '-', shape: 'document' });
    await report.commit({ ...emptyTotals(), read: 1, succeeded: 1 });
    expect(readFileSync(path, 'utf8')).toBe(
      '{\n  "version": 1,\n  "command": "validate",\n  "input": "-",\n  "shape": "document",\n  "failed": [],\n  "notes": [],\n  "totals": {"read":1,"valid":1,"failed":0,"warnings":0,"notes":0},\n  "codes": {}\n}\n',
    );
  });
});
