import * as z from 'zod';
import { BoundedCache } from '../_lib/bounded-cache';
import type { Issue } from '../issues/issue';
import type { PhoneCountry, PhoneFormat } from '../normalize/phone';
import { runRules, WORK_ORDER_RULES } from '../rules/run-rules';
import { workOrderStructureFor, type WorkOrderStructure } from '../schemas/work-order';
import { fromZodIssues, type PathTranslator } from './from-zod';
import type { WorkOrder } from './types.generated';

/** @internal What the Work Order check needs of the call's options. */
export interface CheckOptions {
  readonly defaultCountry: PhoneCountry;
  readonly phoneFormat: PhoneFormat;
  /** The `now` option in milliseconds since the epoch, or undefined. */
  readonly now: number | undefined;
}

// The structures compiled by zod (`z.compile`): one generated function per phone option pair that
// parses a valid Work Order several times faster than the interpreter, and hands an invalid one to
// the interpreter for its issues. Structures carry no rule, so they compile whole. Under zod's
// `jitless` setting (no generated code, e.g. a strict Content Security Policy) the interpreter parses.
const compiled = new BoundedCache<string, WorkOrderStructure>(8);
const REPORT_INPUT = { reportInput: true } as const;

function compiledFor(defaultCountry: PhoneCountry, phoneFormat: PhoneFormat): WorkOrderStructure {
  return compiled.getOrCompute(`${defaultCountry}|${phoneFormat}`, () => {
    const structure = workOrderStructureFor(defaultCountry, phoneFormat);
    return z.config().jitless === true ? structure : z.compile(structure);
  });
}

/**
 * @internal The one check of a Work Order, used by `validateWorkOrder` and `migrateJobOffer`: the
 * structural parse (types, formats, normalization; one parse for a valid value), then the rule pass
 * (every business rule, errors and warnings, on the value as given). Appends what it finds to
 * `out`, with paths of `value` or, with `translate`, the caller's. Returns the canonical Work
 * Order, or undefined when the structure is invalid.
 */
export function checkWorkOrder(value: unknown, options: CheckOptions, out: Issue[], translate?: PathTranslator): WorkOrder | undefined {
  // The parse options are read only when the fast path fails (zod copies them, at a cost).
  const parsed = compiledFor(options.defaultCountry, options.phoneFormat).safeParse(value, REPORT_INPUT);
  if (!parsed.success) out.push(...fromZodIssues(parsed.error.issues, translate));
  const found: Issue[] = [];
  runRules(WORK_ORDER_RULES, value, options, found);
  for (const rule of found) out.push(translate === undefined ? rule : { ...rule, path: translate(rule.path) });
  return parsed.success ? parsed.data : undefined;
}
