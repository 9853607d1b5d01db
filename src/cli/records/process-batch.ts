import type { Note, PathSegment } from '../../issues/issue';
import { migrateJobOffer } from '../../migrate/migrate-job-offer';
import type { TimezoneResolver } from '../../time/resolver';
import { validateWorkOrder } from '../../validate/validate-work-order';
import { externalIdOf } from './external-id';
import { formatIssueLine } from './format-issue-line';
import { toJsonPointer } from '../../issues/json-pointer';
import type { RecordIssue } from './record-issue';
import type { BatchResult, CodeTally, FailedRecord, NotedRecord, RecordInput, Task } from './task';

/** What the library (or reading) gave for one record. */
type Outcome =
  | { readonly success: true; readonly workOrder: unknown; readonly issues: readonly RecordIssue[]; readonly notes?: readonly Note[] | undefined }
  | { readonly success: false; readonly issues: readonly RecordIssue[] };

/**
 * Migrates or validates a batch of records with the library and renders what the CLI writes for
 * them: the Work Orders' JSON, the stderr lines (issues, then notes) and the report's failed and
 * noted records, and the counts per code and path. Pure and deterministic (the same batch gives the same result in the main thread
 * or a worker). A line that is not JSON is a failed record with code `invalid_json`, and a record
 * the reader could not read carries its issue; nothing here throws on data.
 *
 * @param batch - Records in input order.
 * @param task - The command and its options.
 * @param inferTimezone - The resolver for `migrate` when `task.inferTimezone` is set (from `loadResolver`).
 * @throws {TypeError} Only when `task.options` is invalid (checked once before a run starts).
 *
 * @example
 * processBatch([{ record: 1, text: '{"job":{}}' }], { command: 'migrate', options: {}, inferTimezone: false, indent: 0, quiet: false, ignore: [], collectReport: false });
 */
export function processBatch(batch: readonly RecordInput[], task: Task, inferTimezone?: TimezoneResolver): BatchResult {
  const outputs: string[] = [];
  const failures: FailedRecord[] = [];
  const noted: NotedRecord[] = [];
  const codes: Record<string, CodeTally> = {};
  const ignored = new Set(task.ignore);
  let stderr = '';
  let succeeded = 0;
  let warnings = 0;
  let notes = 0;
  const run = runner(task, inferTimezone);
  for (const input of batch) {
    let value: unknown;
    let result: Outcome | undefined;
    if ('issue' in input) {
      result = { success: false, issues: [input.issue] };
    } else if ('text' in input) {
      try {
        value = JSON.parse(input.text);
      } catch (error) {
        result = { success: false, issues: [invalidJson(error)] };
      }
    } else {
      value = input.value;
    }
    result ??= run(value);
    for (const issue of result.issues) {
      tally(codes, issue.code, issue.severity, issue.path);
      if (issue.severity === 'warning') warnings += 1;
      if ((task.quiet && issue.severity === 'warning') || ignored.has(issue.code)) continue;
      stderr += `${formatIssueLine(input.record, issue)}\n`;
    }
    if (result.success) {
      succeeded += 1;
      outputs.push(JSON.stringify(result.workOrder, null, task.indent));
      if (result.notes === undefined) continue;
      notes += result.notes.length;
      for (const note of result.notes) {
        tally(codes, note.code, 'note', note.path);
        if (!task.quiet && !ignored.has(note.code)) stderr += `${formatIssueLine(input.record, note)}\n`;
      }
      if (task.collectReport) {
        noted.push({ record: input.record, external_id: externalIdOf(task.command, value) ?? null, notes: result.notes.map((note) => ({ ...note, pointer: toJsonPointer(note.path) })) });
      }
    } else if (task.collectReport) {
      failures.push({
        record: input.record,
        external_id: externalIdOf(task.command, value) ?? null,
        issues: result.issues.map((issue) => ({ ...issue, pointer: toJsonPointer(issue.path) })),
      });
    }
  }
  return { outputs, stderr, failures, noted, read: batch.length, succeeded, failed: batch.length - succeeded, warnings, notes, codes };
}

/** Counts one issue or note of `code` at `path`. */
function tally(codes: Record<string, CodeTally>, code: string, severity: CodeTally['severity'], path: readonly PathSegment[]): void {
  const entry = (codes[code] ??= { severity, count: 0, paths: {} });
  const pointer = toJsonPointer(path);
  entry.count += 1;
  entry.paths[pointer] = (entry.paths[pointer] ?? 0) + 1;
}

/** The library call of the task, with its options built once per batch. */
function runner(task: Task, inferTimezone: TimezoneResolver | undefined): (value: unknown) => Outcome {
  if (task.command === 'migrate') {
    const options = inferTimezone === undefined ? task.options : { ...task.options, inferTimezone };
    return (value) => migrateJobOffer(value, options);
  }
  const { status: _status, localTimes: _localTimes, ...options } = task.options;
  return (value) => validateWorkOrder(value, options);
}

function invalidJson(error: unknown): RecordIssue {
  // JSON.parse throws a SyntaxError, whose message says where the line breaks.
  return { code: 'invalid_json', severity: 'error', path: [], message: `the line is not valid JSON (${(error as SyntaxError).message}).` };
}
