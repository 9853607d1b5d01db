export type { ErrorCode, Issue, IssueCode, Note, NoteCode, PathSegment, Severity, WarningCode } from './issue';
export { isWorkOrderError, WorkOrderError } from './work-order-error';
