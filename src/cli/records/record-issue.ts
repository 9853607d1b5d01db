import type { Issue } from '../../issues/issue';

/**
 * An issue as the CLI reports it: the library's {@link Issue}, or `invalid_json` for an NDJSON line
 * that is not JSON (a failed record, never a crash).
 */
export type RecordIssue = Issue | { readonly code: 'invalid_json'; readonly severity: 'error'; readonly path: readonly []; readonly message: string };
