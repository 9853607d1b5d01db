import { formatPath, type Issue } from './issue';

/**
 * Issues grouped by the field they concern, as {@link flattenIssues} returns them.
 *
 * @category Issues and errors
 */
export interface FlattenedIssues<T = string> {
  /** Issues about the payload as a whole (path `[]`), in order. */
  readonly formErrors: T[];
  /**
   * Issues about a field, keyed by its path as the messages write it (`job.title`,
   * `contacts[0].contact_methods[1].value`), each list in order. Only fields with issues have a key.
   */
  readonly fieldErrors: Partial<Record<string, T[]>>;
}

/**
 * Groups issues by the field they concern, for showing them beside the fields of a form, in the
 * manner of zod's `flattenError`: issues at the root go to `formErrors`, the others to
 * `fieldErrors` under their path written as the messages write it, `contacts[0].contact_methods[1].value`
 * (the names react-hook-form, Formik and lodash's `get` read). Unlike zod's, whose keys are
 * top-level fields only, the keys are the full paths, because a Work Order's fields are nested.
 * Keeps every issue it is given, warnings included: filter first to show errors only. `fieldErrors`
 * has no prototype, so a key such as `__proto__` from a payload is only a key.
 *
 * @param issues - The issues of a result, e.g. `validateWorkOrder(payload).issues`.
 * @param mapIssue - What to keep of each issue; its message by default.
 *
 * @example
 * const { formErrors, fieldErrors } = flattenIssues(validateWorkOrder(payload).issues.filter((i) => i.severity === 'error'));
 * fieldErrors['job.title']; // ['"job.title" is required: give the job a short title, e.g. "Fix the sink".']
 * flattenIssues(issues, (issue) => issue.code).fieldErrors['contacts[0].contact_methods[0].value']; // ['invalid_phone']
 *
 * @category Issues and errors
 */
export function flattenIssues<T = string>(issues: readonly Issue[], mapIssue?: (issue: Issue) => T): FlattenedIssues<T> {
  const map = mapIssue ?? ((issue: Issue) => issue.message as T);
  const formErrors: T[] = [];
  const fieldErrors: Partial<Record<string, T[]>> = Object.create(null) as Partial<Record<string, T[]>>;
  for (const issue of issues) {
    if (issue.path.length === 0) formErrors.push(map(issue));
    else (fieldErrors[formatPath(issue.path)] ??= []).push(map(issue));
  }
  return { formErrors, fieldErrors };
}
