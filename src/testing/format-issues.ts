import { formatIssue } from '../issues/format-issue';
import type { Issue } from '../issues/issue';

/**
 * @internal One line per issue, indented, as the CLI writes them (`  error /contacts/0/primary
 * primary_contact_count: …`): one renderer for every line an integrator reads, control characters
 * from the payload escaped.
 */
export function formatIssues(issues: readonly Issue[]): string {
  if (issues.length === 0) return '  (no issues)';
  return issues.map((issue) => `  ${formatIssue(issue)}`).join('\n');
}
