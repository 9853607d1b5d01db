import { describe, expect, it } from 'vitest';
import { migrateJobOffer } from '../../../src';
import { processBatch } from '../../../src/cli/records/process-batch';
import type { Task } from '../../../src/cli/records/task';
import { guideOffer, titleMissingOffer, withExternalId } from '../support/records';

const task: Task = { command: 'migrate', options: {}, indent: 0, quiet: false, collectFailures: true };

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
    expect(result.codes).toEqual({ dropped_field: 1, required: 1, invalid_json: 1 });
    expect(result.failures.map((f) => [f.record, f.external_id, f.issues.map((i) => [i.code, i.pointer])])).toEqual([
      [2, 'B2', failed.issues.map((i) => [i.code, '/job/title'])],
      [4, null, [['invalid_json', '']]],
    ]);
    expect(result.stderr.split('\n').map((l) => l.split(':')[0])).toEqual(['record 1', 'record 2', 'record 4', '']);
  });

  it('leaves warnings out of stderr when quiet, but still counts them, and collects nothing unless asked', () => {
    const result = processBatch([{ record: 1, value: guideOffer }], { ...task, quiet: true, collectFailures: false });
    expect(result.stderr).toBe('');
    expect(result.warnings).toBe(1);
    const failed = processBatch([{ record: 1, value: titleMissingOffer }], { ...task, collectFailures: false });
    expect(failed.failures).toEqual([]);
    expect(failed.failed).toBe(1);
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
});
