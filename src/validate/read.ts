import { formatPath, issue, type Issue, type PathSegment } from '../issues/issue';
import { LIMITS } from '../schemas/limits';
import { tooLargeIssue } from './messages';

/** @internal How a walk reports a key that the schema does not know. */
export interface KeyReport {
  readonly code: 'unknown_field' | 'dropped_field';
  /** What the payload is called in messages, e.g. "Work Order". */
  readonly payload: string;
  /** What happens to the key, e.g. "left out of the result". */
  readonly outcome: string;
  /**
   * The top-level fields of the payload this one is often mistaken for (a Job Offer given to
   * `validateWorkOrder`, a Work Order given to `migrateJobOffer`), and what to do then: a top-level
   * key that is one of them gets this hint instead of "did you mean".
   */
  readonly mistakenFor?: { readonly payload: string; readonly fields: ReadonlyMap<string, unknown>; readonly hint: string };
}

/**
 * @internal Most unknown keys reported one by one in a call (each with its "did you mean" hint);
 * the rest are counted in one summary issue, so that a payload flooded with made-up keys costs
 * time and issues in proportion to its size with a small constant.
 */
export const MAX_KEY_ISSUES = 100;

/**
 * @internal The reading side of a walk over an untrusted payload: reads each own enumerable property
 * once (inherited ones never; a getter runs at most once), turns anything that throws while being
 * read (a throwing getter, a revoked Proxy) into an `unreadable_input` issue, checks the size
 * limits, and reports unknown keys (up to {@link MAX_KEY_ISSUES}). When something was too large or
 * unreadable, `stopped` is set: the caller then checks nothing else, so that no work grows with an
 * oversized value and nothing is parsed that could not be read.
 */
export class PayloadReader {
  /** Issues found while reading, in the order found. */
  readonly issues: Issue[] = [];
  /** True when something was too large or could not be read. */
  stopped = false;
  readonly #report: KeyReport;
  #unknownKeys = 0;

  constructor(report: KeyReport) {
    this.#report = report;
  }

  /** The own enumerable keys of an object; undefined (and an issue) when unreadable or over the key limit. */
  keys(value: object, path: readonly PathSegment[]): string[] | undefined {
    let keys: string[];
    try {
      keys = Object.keys(value);
    } catch (error) {
      this.unreadable(path, error);
      return undefined;
    }
    if (keys.length > LIMITS.maxObjectKeys) {
      this.tooLarge(path, `has ${keys.length} keys; at most ${LIMITS.maxObjectKeys} are accepted`);
      return undefined;
    }
    return keys;
  }

  /** The value of one own key, read once; undefined (and an issue) when reading it throws. `path` is the key's. */
  get(value: Record<string, unknown>, key: string, path: readonly PathSegment[]): unknown {
    try {
      return value[key];
    } catch (error) {
      this.unreadable(path, error);
      return undefined;
    }
  }

  /** Whether a value is an array; undefined (and an issue) when that cannot be told (a revoked Proxy). */
  isArray(value: object, path: readonly PathSegment[]): boolean | undefined {
    try {
      return Array.isArray(value);
    } catch (error) {
      this.unreadable(path, error);
      return undefined;
    }
  }

  /** The elements of an array, each read once; undefined (and an issue) when unreadable or over `maxItems`. */
  elements(value: readonly unknown[], path: readonly PathSegment[], maxItems: number | undefined): unknown[] | undefined {
    try {
      const length = value.length;
      if (maxItems !== undefined && length > maxItems) {
        this.tooLarge(path, `has ${length} entries; at most ${maxItems} are accepted`);
        return undefined;
      }
      const out = new Array<unknown>(length);
      for (let i = 0; i < length; i++) out[i] = value[i];
      return out;
    } catch (error) {
      this.unreadable(path, error);
      return undefined;
    }
  }

  /** Reports a string over the length limit. */
  checkString(value: string, path: readonly PathSegment[]): void {
    if (value.length > LIMITS.maxStringLength) this.tooLarge(path, `is ${value.length} characters long; at most ${LIMITS.maxStringLength} are accepted`);
  }

  /** Reports a key the schema does not know (one by one up to {@link MAX_KEY_ISSUES}, then counted). */
  unknownKey(known: Iterable<string>, path: readonly PathSegment[]): void {
    this.#unknownKeys++;
    if (this.#unknownKeys > MAX_KEY_ISSUES) return;
    const key = String(path[path.length - 1]);
    const report = this.#report;
    const other = report.mistakenFor;
    let hint: string;
    if (other !== undefined && path.length === 1 && other.fields.has(key)) hint = `it is a ${other.payload} field; ${other.hint}`;
    else {
      const guess = closest(key, known);
      hint = guess === undefined ? 'remove it, or move its data to a field the payload has.' : `did you mean "${guess}"?`;
    }
    // By its whole path, `job.address.latitude`; an empty key shows as `[""]` below the root.
    const named = path.length === 1 ? truncateKey(key) : `${formatPath(path.slice(0, -1))}${key === '' ? '[""]' : `.${truncateKey(key)}`}`;
    this.issues.push(issue(report.code, [...path], `"${named}" is not a ${report.payload} field and was ${report.outcome}: ${hint}`));
  }

  /** Ends the walk: the summary of the unknown keys beyond {@link MAX_KEY_ISSUES}. */
  finish(): void {
    const more = this.#unknownKeys - MAX_KEY_ISSUES;
    if (more <= 0) return;
    const report = this.#report;
    this.issues.push(
      issue(
        report.code,
        [],
        more === 1
          ? `1 more key that is not a ${report.payload} field was ${report.outcome} (only the first ${MAX_KEY_ISSUES} are listed one by one): remove it.`
          : `${more} more keys that are not ${report.payload} fields were ${report.outcome} (only the first ${MAX_KEY_ISSUES} are listed one by one): remove them.`,
      ),
    );
  }

  /** Reports an issue after which the payload is checked no further. */
  stop(found: Issue): void {
    this.issues.push(found);
    this.stopped = true;
  }

  /** Reports a value over a size limit and stops the walk. */
  tooLarge(path: readonly PathSegment[], what: string): void {
    this.issues.push(tooLargeIssue(path, what));
    this.stopped = true;
  }

  /** Reports a value that threw while being read and stops the walk. */
  unreadable(path: readonly PathSegment[], error: unknown): void {
    const reason = error instanceof Error ? error.name : 'an exception';
    this.issues.push(
      issue('unreadable_input', [...path], `"${formatPath(path)}" could not be read (reading it threw ${reason}): pass plain data, such as the result of JSON.parse, not objects with getters or proxies.`),
    );
    this.stopped = true;
  }
}

/** Keys are echoed in messages: a long one is cut, as values are. */
function truncateKey(key: string): string {
  return key.length > 64 ? `${key.slice(0, 64)}…` : key;
}

/** @internal The known key nearest to `key` by edit distance, when it is close enough to be a typo. */
export function closest(key: string, known: Iterable<string>): string | undefined {
  if (key.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  const lower = key.toLowerCase();
  for (const candidate of known) {
    const distance = editDistance(lower, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
