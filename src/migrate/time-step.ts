import { isRecord } from '../_lib/is-record';
import { formatPath, issue, type Issue, type Note, type PathSegment } from '../issues/issue';
import { normalizeTimezone } from '../normalize/timezone';
import { isLocalTime, resolveLocalTime } from '../time/local-time';
import type { TimezoneResolver } from '../time/resolver';
import { zonesAgree } from '../time/zones-agree';
import type { LocalTimes } from './options';

/** @internal The time options of a migration. */
export interface TimeOptions {
  readonly inferTimezone: TimezoneResolver | undefined;
  readonly localTimes: LocalTimes;
}

/** @internal What the time step found; paths are Work Order paths. */
export interface TimeStep {
  readonly issues: Issue[];
  readonly notes: Note[];
  /** Window times this step already reported, so the schema's `invalid_timestamp` there is redundant. */
  readonly reported: PathSegment[][];
}

const TIMEZONE_PATH: readonly PathSegment[] = ['location', 'timezone'];

/**
 * @internal The migration's time step, run on the candidate Work Order before it is checked:
 * infers or checks `location.timezone` with the `inferTimezone` resolver, and with
 * `localTimes: 'location'` turns window times without an offset into instants in that zone.
 * Updates `location` and the windows of `candidate` in place: they are the migration's own
 * objects (never the caller's input), and where they came from is recorded by their identity.
 *
 * @throws {TypeError} When the resolver returns something other than an IANA zone or `undefined`.
 */
export function applyTimeOptions(candidate: Record<string, unknown>, options: TimeOptions, name: (path: readonly PathSegment[]) => string = formatPath): TimeStep {
  const step: TimeStep = { issues: [], notes: [], reported: [] };
  // The defaults ask for nothing: the schema checks the zone and the window times on its own.
  if (options.inferTimezone === undefined && options.localTimes === 'reject') return step;
  const location = candidate['location'];
  if (!isRecord(location)) return step;
  const zone = locationZone(location, options.inferTimezone, step);
  if (options.localTimes === 'location') readLocalTimes(candidate, zone, step, name);
  return step;
}

/** The zone window times are read in: the location's own (valid) one, else the inferred one. */
function locationZone(location: Record<string, unknown>, resolver: TimezoneResolver | undefined, step: TimeStep): string | undefined {
  const given = location['timezone'];
  const givenZone = typeof given === 'string' ? normalizeTimezone(given) : undefined;
  if (resolver === undefined) return givenZone?.ok ? givenZone.value : undefined;
  if (given !== undefined) {
    if (givenZone === undefined || !givenZone.ok) return undefined; // the schema reports it
    const inferred = callResolver(resolver, location);
    if (inferred !== undefined && !zonesAgree(givenZone.value, inferred)) {
      step.issues.push(
        issue(
          'timezone_mismatch',
          TIMEZONE_PATH,
          `"${given}" is not the time zone of ${describePlace(location)}, which is "${inferred}" and keeps other hours: correct the time zone or the address, or leave the time zone out to have it derived from the postal code.`,
        ),
      );
    }
    return givenZone.value;
  }
  const inferred = callResolver(resolver, location);
  if (inferred === undefined) return undefined;
  location['timezone'] = inferred;
  step.notes.push({ code: 'timezone_inferred', path: TIMEZONE_PATH, message: `"${inferred}" was filled in as the time zone of ${describePlace(location)}.` });
  return inferred;
}

function callResolver(resolver: TimezoneResolver, location: Record<string, unknown>): string | undefined {
  const zone: unknown = resolver(location);
  if (zone === undefined) return undefined;
  const result = typeof zone === 'string' ? normalizeTimezone(zone) : undefined;
  if (result?.ok) return result.value;
  throw new TypeError(`dispatch-workorder: the "inferTimezone" function must return an IANA time zone name or undefined, got ${typeof zone === 'string' ? JSON.stringify(zone) : typeof zone}.`);
}

function describePlace(location: Record<string, unknown>): string {
  const code = location['postal_code'];
  const state = location['state'];
  if (typeof code === 'string') return `postal code "${code}"`;
  return typeof state === 'string' ? `state "${state}"` : 'the location';
}

function readLocalTimes(candidate: Record<string, unknown>, zone: string | undefined, step: TimeStep, name: (path: readonly PathSegment[]) => string): void {
  const windows = candidate['appointment_windows'];
  if (!Array.isArray(windows)) return;
  // The migration's own list: windows it built, or holes (which forEach skips).
  windows.forEach((window: Record<string, unknown>, i) => {
    for (const field of ['start_time', 'end_time'] as const) {
      const value = window[field];
      if (typeof value !== 'string' || !isLocalTime(value)) continue;
      const path = ['appointment_windows', i, field];
      if (zone === undefined) {
        step.issues.push(
          issue(
            'invalid_timestamp',
            path,
            `In "${name(path)}", "${value}" has no offset and the location has no valid time zone to read it in: give "timezone" on the address (or the inferTimezone option), or write the offset, e.g. "${value}-05:00".`,
          ),
        );
        step.reported.push(path);
        continue;
      }
      // A local time (isLocalTime said so): the result is never undefined.
      const result = resolveLocalTime(value, zone)!;
      if (result.kind === 'invalid') continue; // the schema reports it
      if (result.kind === 'nonexistent') {
        step.issues.push(
          issue(
            'nonexistent_local_time',
            path,
            `In "${name(path)}", "${value}" never happens in ${zone}: the clocks skip it when daylight saving time starts (from ${result.offsets[0]} to ${result.offsets[1]}). Give a time outside the skipped hour, or write the offset you mean.`,
          ),
        );
        step.reported.push(path);
        continue;
      }
      window[field] = result.value;
      if (result.kind === 'ambiguous') {
        step.issues.push(
          issue(
            'ambiguous_local_time',
            path,
            `In "${name(path)}", "${value}" happens twice in ${zone} (the clocks fall back): it was read as the first, "${result.value}"; write "${result.later}" if you meant the second.`,
          ),
        );
      }
    }
  });
}
