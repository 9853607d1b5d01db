import * as z from 'zod';
import { entity } from './entities';
import { TimestampSchema } from './fields';

/** @internal The structure of an Appointment Window (no rules). */
export const AppointmentWindowStructure = entity(
  z.object({
    /** When the window opens: ISO 8601 with `Z` or an offset, e.g. `"2017-01-01T05:00:00Z"`. Required. */
    start_time: TimestampSchema,
    /** When the window closes: ISO 8601 with `Z` or an offset, after `start_time`. Required. */
    end_time: TimestampSchema,
  }),
  'AppointmentWindow',
);
