import { formatIssue } from '../../issues/format-issue';
import type { Note } from '../../issues/issue';
import type { RecordIssue } from './record-issue';

/**
 * Renders one issue (or a migration's note) as the single stderr line the CLI prints for it:
 * `record N: ` and then {@link formatIssue}'s text, `<severity> <JSON Pointer> <code>: <message>`
 * (`note` for a note, `(root)` for the root path), with every control character escaped.
 *
 * @param record - 1-based record number: the line number for NDJSON, the position for an array, 1 for a document.
 * @param issue - The issue or note to render.
 *
 * @example
 * formatIssueLine(2, { code: 'required', severity: 'error', path: ['job', 'title'], message: '"job.title" is required.' });
 * // 'record 2: error /job/title required: "job.title" is required.'
 */
export function formatIssueLine(record: number, issue: RecordIssue | Note): string {
  return `record ${record}: ${formatIssue(issue)}`;
}
