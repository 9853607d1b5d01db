import * as z from 'zod';
import { windowOrder } from '../validate/rules/window-order';
import { TimestampSchema } from './fields';
import { withRules } from './with-rules';

/** @internal Builds the Appointment Window schema; `always` is {@link withRules}'s (false only for the compiled twin). */
export function appointmentWindowSchema(always: boolean) {
  return withRules(
    z.object({
      /** When the window opens: ISO 8601 with `Z` or an offset, e.g. `"2017-01-01T05:00:00Z"`. Required. */
      start_time: TimestampSchema,
      /** When the window closes: ISO 8601 with `Z` or an offset, after `start_time`. Required. */
      end_time: TimestampSchema,
    }),
    [windowOrder],
    always,
  );
}

/** A time range the service provider may choose for the appointment. Starts before it ends. */
export const AppointmentWindowSchema = appointmentWindowSchema(true);

/** A time range offered for the appointment (see {@link AppointmentWindowSchema}). */
export type AppointmentWindow = z.infer<typeof AppointmentWindowSchema>;
