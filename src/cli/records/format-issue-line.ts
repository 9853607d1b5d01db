import type { Note } from '../../issues/issue';
import { toJsonPointer } from '../../issues/json-pointer';
import type { RecordIssue } from './record-issue';

/**
 * Renders one issue (or a migration's note) as the single stderr line the CLI prints for it:
 * `record N: <JSON Pointer> <code>: <message>`. The root path is shown as `(root)` so the line
 * always has the same number of fields; line breaks inside messages become spaces.
 *
 * @param record - 1-based record number: the line number for NDJSON, the position for an array, 1 for a document.
 * @param issue - The issue or note to render.
 *
 * @example
 * formatIssueLine(2, { code: 'required', severity: 'error', path: ['job', 'title'], message: '"job.title" is required.' });
 * // 'record 2: /job/title required: "job.title" is required.'
 */
export function formatIssueLine(record: number, issue: RecordIssue | Note): string {
  const pointer = issue.path.length === 0 ? '(root)' : toJsonPointer(issue.path);
  return `record ${record}: ${pointer} ${issue.code}: ${issue.message.replace(/\r?\n/g, ' ')}`;
}
