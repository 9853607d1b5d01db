import * as z from 'zod';
import { entity } from './entities';
import { TimestampSchema } from './fields';

/** @internal The structure of an Appointment Window (no rules). */
export const AppointmentWindowStructure = entity(
  z.object({
    start_time: TimestampSchema.meta({ description: 'When the window opens: ISO 8601 with `Z` or an offset, e.g. `"2017-01-01T05:00:00Z"`, returned in one form (`T`, seconds, `Z`). Required.' }),
    end_time: TimestampSchema.meta({ description: 'When the window closes: ISO 8601 with `Z` or an offset, after `start_time`, returned in one form. Required.' }),
  }).meta({ description: 'A time range the service provider may choose for the appointment; it starts before it ends.' }),
  'AppointmentWindow',
);
