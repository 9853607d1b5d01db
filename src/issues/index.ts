export type { ErrorCode, Issue, IssueCode, PathSegment, Severity, WarningCode } from './issue';
export { isWorkOrderError, WorkOrderError } from './work-order-error';
