import type { Status } from '../../schemas/enums';

/** @internal A job status that no request changes: `complete` or `canceled`. */
export const FINAL_STATUSES: readonly Status[] = ['complete', 'canceled'];

const OPEN: readonly Status[] = ['offered', 'unscheduled', 'scheduled', 'paused'];

/** @internal One change of a job's status that the mock allows, and the request that makes it. */
export interface JobTransition {
  /** The guide's name for the workflow. */
  readonly workflow: string;
  /** The request that makes the change. */
  readonly request: 'PATCH /v3/jobs/:id' | 'POST /v3/appointments';
  /** The statuses the job may be in. */
  readonly from: readonly Status[];
  /** The status the job is then in. */
  readonly to: Status;
  /** What else changes, if anything. */
  readonly effect: string;
}

/**
 * @internal Every job status change the mock allows: the update workflows of the migration guide
 * ("Common Update Workflows") and the platform facts in api-notes (creating an appointment moves its
 * job to `scheduled`, canceling a job cancels its appointments). Any other change answers 422; a
 * `PATCH` to the status the job already has changes nothing and answers 200, so a retried `PATCH`
 * stays harmless. `docs/testing.md` shows this table, and a test holds the two equal.
 */
export const JOB_TRANSITIONS: readonly JobTransition[] = [
  { workflow: 'Accept without an appointment', request: 'PATCH /v3/jobs/:id', from: ['offered'], to: 'unscheduled', effect: '' },
  { workflow: 'Accept with an appointment, or schedule', request: 'POST /v3/appointments', from: OPEN, to: 'scheduled', effect: 'creates a `scheduled` appointment' },
  { workflow: 'Cancel', request: 'PATCH /v3/jobs/:id', from: OPEN, to: 'canceled', effect: 'cancels the job\'s `draft` and `scheduled` appointments' },
  { workflow: 'Complete', request: 'PATCH /v3/jobs/:id', from: OPEN, to: 'complete', effect: '' },
];

/** @internal The transition `request` makes from `from` to `to`, or `undefined` when the mock refuses it. */
export function findTransition(request: JobTransition['request'], from: Status, to: Status): JobTransition | undefined {
  return JOB_TRANSITIONS.find((t) => t.request === request && t.to === to && t.from.includes(from));
}
