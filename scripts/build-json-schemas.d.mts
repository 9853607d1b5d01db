import type { z } from 'zod';

/** The JSON Schemas of the Work Order and the Job Offer, keyed by the file name they ship under. */
export function jsonSchemas(
  schemas: { WorkOrderSchema: z.ZodType; JobOfferSchema: z.ZodType; LocationSchema: z.ZodType },
  version: string,
): Record<'work-order.schema.json' | 'job-offer.schema.json', Record<string, unknown>>;

/** The paths of the properties of a JSON Schema (at any depth) that lack `keyword`, e.g. `/location/state`. */
export function propertiesWithout(keyword: string, json: unknown, path: string): string[];
