import { formatPath, type Issue, type Note, type PathSegment, type Severity } from './issue';
import { toJsonPointer } from './json-pointer';

/**
 * Options of {@link formatIssue}.
 *
 * @category Issues and errors
 */
export interface FormatIssueOptions {
  /**
   * How the path is written: `'pointer'` (default) as a JSON Pointer, `/contacts/0/name`, as the CLI
   * and its report write it; `'dotted'` as the messages write it, `contacts[0].name`. The root is
   * `(root)` either way.
   */
  readonly path?: 'pointer' | 'dotted';
}

/**
 * Renders an issue (or a migration's note) as one line of text, the way the `dispatch-workorder`
 * CLI prints it after `record N: `: `<severity> <path> <code>: <message>`, with `note` in place of
 * the severity for a {@link Note}. The line is safe to print and to log: every control character
 * (line breaks, tabs, ESC, BEL, DEL, C1), the Unicode line and paragraph separators and the
 * bidirectional controls are written as JSON escapes (`\n`, `\u001b`), so a key or value from the
 * payload can neither break the line nor drive the terminal.
 *
 * @param issue - An {@link Issue}, a {@link Note}, or any object of that shape (no `severity`: a note).
 * @param options - How to write the path; see {@link FormatIssueOptions}.
 *
 * @example
 * formatIssue({ code: 'required', severity: 'error', path: ['job', 'title'], message: '"job.title" is required.' });
 * // 'error /job/title required: "job.title" is required.'
 * formatIssue(issue, { path: 'dotted' });
 * // 'error job.title required: "job.title" is required.'
 *
 * @category Issues and errors
 */
export function formatIssue(
  issue: Issue | Note | { readonly code: string; readonly severity?: Severity; readonly path: readonly PathSegment[]; readonly message: string },
  options: FormatIssueOptions = {},
): string {
  const severity = (issue as { readonly severity?: Severity }).severity ?? 'note';
  const path = issue.path.length === 0 ? '(root)' : options.path === 'dotted' ? formatPath(issue.path) : toJsonPointer(issue.path);
  return escapeControlCharacters(`${severity} ${path} ${issue.code}: ${issue.message}`);
}

/**
 * Characters that must not reach a terminal or a log line as they are: C0 and C1 controls and DEL
 * (`\p{Cc}`), the line and paragraph separators, and the bidirectional controls, which reorder
 * what is displayed.
 */
const CONTROL = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * @internal `text` with every control character written as a JSON escape (`\n`, `\u001b`), so it
 * prints as one line and cannot drive a terminal.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
