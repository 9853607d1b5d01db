import { toJsonPointer } from '../issues/json-pointer';
import type { Issue } from '../issues/issue';

/** @internal One line per issue: `  error   /contacts/0/primary primary_contact_count: …`. */
export function formatIssues(issues: readonly Issue[]): string {
  if (issues.length === 0) return '  (no issues)';
  return issues.map((i) => `  ${i.severity.padEnd(7)} ${toPointer(i.path)} ${i.code}: ${i.message}`).join('\n');
}

/** @internal A path as a JSON Pointer (RFC 6901), shown as `/` for the root so a line never has an empty field. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.length === 0 ? '/' : toJsonPointer(path);
}
