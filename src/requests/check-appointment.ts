import { issue, type Issue } from '../issues/issue';
import { TimestampSchema } from '../schemas/fields';
import { fromZodIssues } from '../validate/from-zod';
import { describe } from '../_lib/describe';
import type { AppointmentInput } from './types';

const KNOWN_KEYS: ReadonlySet<string> = new Set(['time', 'duration']);

/**
 * @internal Checks the appointment given to `acceptJob`: an object with `time` (ISO 8601 with an
 * offset) and `duration` (whole seconds above 0). Errors and `unknown_field` warnings go to
 * `issues`, at paths under `['appointment']`. Returns undefined when it is not an object, else the
 * appointment to send, which the caller reads only when `issues` has no error: the time then in the
 * library's one timestamp form (2017-01-01T05:00Z → 2017-01-01T05:00:00Z).
 */
export function checkAppointment(value: unknown, issues: Issue[]): AppointmentInput | undefined {
  const root = ['appointment'];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(
      issue('invalid_type', root, `"appointment" must be an object such as { time: "2017-01-01T05:00:00Z", duration: 3600 }, not ${describe(value)}; leave it out to accept without an appointment.`),
    );
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const time = record['time'];
  let canonicalTime: string | undefined;
  if (time === undefined) {
    issues.push(issue('required', [...root, 'time'], '"appointment.time" is required: give the start as ISO 8601 with an offset, e.g. "2017-01-01T05:00:00Z".'));
  } else if (typeof time !== 'string') {
    issues.push(issue('invalid_type', [...root, 'time'], `"appointment.time" must be a string, not ${describe(time)}: write it as ISO 8601 with an offset, e.g. "2017-01-01T05:00:00Z".`));
  } else {
    const parsed = TimestampSchema.safeParse(time);
    canonicalTime = parsed.data;
    if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues, () => [...root, 'time']));
  }
  const duration = record['duration'];
  if (duration === undefined) {
    issues.push(issue('required', [...root, 'duration'], '"appointment.duration" is required: give the length in seconds, e.g. 3600 for one hour.'));
  } else if (typeof duration !== 'number') {
    issues.push(issue('invalid_type', [...root, 'duration'], `"appointment.duration" must be a number of seconds, not ${describe(duration)}: e.g. 3600 for one hour.`));
  } else if (!Number.isSafeInteger(duration) || duration <= 0) {
    issues.push(issue('invalid_value', [...root, 'duration'], `"appointment.duration" must be a whole number of seconds above 0, not ${duration}: e.g. 3600 for one hour.`));
  }
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) {
      issues.push(issue('unknown_field', [...root, key], `"appointment.${key}" is not an appointment field (only "time" and "duration" are): it was left out of the request.`));
    }
  }
  return { time: canonicalTime as string, duration: duration as number };
}
