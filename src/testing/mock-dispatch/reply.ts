import type { PathSegment } from '../../issues/issue';
import type { MockErrorDetail } from './types';

/** @internal What a route answers, before the adapter writes it: a status, a JSON body, headers. */
export interface Reply {
  readonly status: number;
  /** The body, to send as JSON: every answer has one. */
  readonly body: object;
  readonly headers?: Readonly<Record<string, string>>;
}

/** @internal A `422` whose `errors` are `details` (at least one), with a message naming the first. */
export function invalid(details: readonly [MockErrorDetail, ...MockErrorDetail[]]): Reply {
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return { status: 422, body: { message: `Validation failed: ${details[0].message}${more}`, errors: details } };
}

/** @internal Narrows a list of details to one that {@link invalid} takes. */
export function isNonEmpty(details: readonly MockErrorDetail[]): details is readonly [MockErrorDetail, ...MockErrorDetail[]] {
  return details.length > 0;
}

/** @internal One detail of a `422`. */
export function detail(code: string, path: readonly PathSegment[], message: string): MockErrorDetail {
  return { code, severity: 'error', path, message };
}

const disjunction = new Intl.ListFormat('en', { type: 'disjunction' });

/** @internal Quotes values and joins them for a message: `"a", "b", or "c"`. */
export function oneOf(values: readonly string[]): string {
  return disjunction.format(values.map((v) => `"${v}"`));
}

/** @internal An answer with only a message, e.g. a `404`. */
export function message(status: number, text: string, headers?: Readonly<Record<string, string>>): Reply {
  return headers === undefined ? { status, body: { message: text } } : { status, body: { message: text }, headers };
}
