import { getById } from './get-by-id';
import type { RequestResult } from './types';

/**
 * Builds `GET /v3/appointments/:id`, which reads an appointment. A created Work Order's
 * appointment is its `appointment_id` (when it had `appointment_windows`).
 *
 * @param appointmentId - The appointment's Dispatch id, e.g. the `appointment_id` of a created Work Order.
 * @returns The request (its `body` is `undefined`), or `{ success: false, issues }` with an issue
 *   at `['appointmentId']`. Never throws.
 *
 * @example
 * requests.getAppointment(789);
 * // request: { method: 'GET', path: '/v3/appointments/789', body: undefined }
 */
export function getAppointment(appointmentId: number): RequestResult<undefined> {
  return getById('appointments', appointmentId, 'appointmentId');
}
