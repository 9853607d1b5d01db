import * as z from 'zod';
import type { PhoneCountry, PhoneFormat } from '../normalize/phone';
import { JobOfferSchema } from '../schemas/job-offer';
import { workOrderSchema, type WorkOrderSchema } from '../schemas/work-order';

// Compiled twins of the schemas, for the parses that succeed (most of them). zod compiles a schema
// into one generated function (`z.compile`) that gives the same result several times faster, and
// falls back to the ordinary parser when the input is invalid. The Work Order's business rules run
// with a `when` condition (so that one call reports every problem), which zod does not compile, so
// its twin is built with rules that run only on otherwise valid values: on a valid Work Order both
// run every check and give the same output, and an invalid one fails both. A failed fast parse is
// parsed again with the reporting schema, for the complete issues (see `parseWithFastPath`).
// Compiled on first use, once per phone options.

const workOrders = new Map<string, typeof WorkOrderSchema>();
let jobOffer: typeof JobOfferSchema | undefined;

/**
 * @internal The compiled twin of {@link workOrderSchemaFor}'s schema: the same success, the same
 * output, not the same issues (it is for the fast path only).
 */
export function compiledWorkOrderSchemaFor(defaultCountry: PhoneCountry, phoneFormat: PhoneFormat): typeof WorkOrderSchema {
  const key = `${defaultCountry}|${phoneFormat}`;
  let schema = workOrders.get(key);
  if (schema === undefined) {
    schema = compile(workOrderSchema(defaultCountry, phoneFormat, false));
    workOrders.set(key, schema);
  }
  return schema;
}

/** @internal The compiled Job Offer schema. */
export function compiledJobOfferSchema(): typeof JobOfferSchema {
  jobOffer ??= compile(JobOfferSchema);
  return jobOffer;
}

function compile<T extends z.ZodType>(schema: T): T {
  // zod's `jitless` setting asks for no generated code (e.g. under a strict Content Security
  // Policy): keep the ordinary parser then. z.compile itself never throws; a schema it cannot
  // compile comes back as it is.
  return z.config().jitless === true ? schema : z.compile(schema);
}
