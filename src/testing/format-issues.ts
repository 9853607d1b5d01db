import type { Issue } from '../issues/issue';

/** @internal One line per issue: `  error   /contacts/0/primary primary_contact_count: …`. */
export function formatIssues(issues: readonly Issue[]): string {
  if (issues.length === 0) return '  (no issues)';
  return issues.map((i) => `  ${i.severity.padEnd(7)} ${toPointer(i.path)} ${i.code}: ${i.message}`).join('\n');
}

/** @internal A path as a JSON Pointer (RFC 6901), `/` for the root. */
export function toPointer(path: readonly (string | number)[]): string {
  if (path.length === 0) return '/';
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
