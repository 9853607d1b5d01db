export type { ErrorCode, Issue, IssueCode, Note, NoteCode, PathSegment, Severity, WarningCode } from './issue';
export { isWorkOrderError, WorkOrderError } from './work-order-error';
export { formatIssue, type FormatIssueOptions } from './format-issue';
export { flattenIssues, type FlattenedIssues } from './flatten-issues';
export { toJsonPointer } from './json-pointer';
