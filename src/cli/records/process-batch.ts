import { migrateJobOffer } from '../../migrate/migrate-job-offer';
import { validateWorkOrder } from '../../validate/validate-work-order';
import type { WorkOrderResult } from '../../validate/result';
import { externalIdOf } from './external-id';
import { formatIssueLine } from './format-issue-line';
import { toJsonPointer } from './json-pointer';
import type { RecordIssue } from './record-issue';
import type { BatchResult, FailedRecord, RecordInput, Task } from './task';

/**
 * Migrates or validates a batch of records with the library and renders what the CLI writes for
 * them: the Work Orders' JSON, the stderr lines and the report's failed records. Pure and
 * deterministic (the same batch gives the same result in the main thread or a worker). A line that
 * is not JSON is a failed record with code `invalid_json`; nothing here throws on data.
 *
 * @param batch - Records in input order.
 * @param task - The command and its options.
 * @throws {TypeError} Only when `task.options` is invalid (checked once before a run starts).
 *
 * @example
 * processBatch([{ record: 1, text: '{"job":{}}' }], { command: 'migrate', options: {}, indent: 0, quiet: false, collectFailures: false });
 */
export function processBatch(batch: readonly RecordInput[], task: Task): BatchResult {
  const outputs: string[] = [];
  const failures: FailedRecord[] = [];
  const codes: Record<string, number> = {};
  let stderr = '';
  let succeeded = 0;
  let warnings = 0;
  for (const input of batch) {
    let value: unknown;
    let result: WorkOrderResult | { readonly success: false; readonly issues: readonly RecordIssue[] } | undefined;
    if ('text' in input) {
      try {
        value = JSON.parse(input.text);
      } catch (error) {
        result = { success: false, issues: [invalidJson(error)] };
      }
    } else {
      value = input.value;
    }
    result ??= run(task, value);
    for (const issue of result.issues) {
      codes[issue.code] = (codes[issue.code] ?? 0) + 1;
      if (issue.severity === 'warning') {
        warnings += 1;
        if (task.quiet) continue;
      }
      stderr += `${formatIssueLine(input.record, issue)}\n`;
    }
    if (result.success) {
      succeeded += 1;
      outputs.push(JSON.stringify(result.workOrder, null, task.indent));
    } else if (task.collectFailures) {
      failures.push({
        record: input.record,
        external_id: externalIdOf(task.command, value) ?? null,
        issues: result.issues.map((issue) => ({ ...issue, pointer: toJsonPointer(issue.path) })),
      });
    }
  }
  return { outputs, stderr, failures, read: batch.length, succeeded, failed: batch.length - succeeded, warnings, codes };
}

function run(task: Task, value: unknown): WorkOrderResult {
  if (task.command === 'migrate') return migrateJobOffer(value, task.options);
  const { status: _status, ...validateOptions } = task.options;
  return validateWorkOrder(value, validateOptions);
}

function invalidJson(error: unknown): RecordIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'invalid_json', severity: 'error', path: [], message: `the line is not valid JSON (${reason}).` };
}
