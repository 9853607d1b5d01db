import * as z from 'zod';
import { BoundedCache } from '../_lib/bounded-cache';
import type { Issue } from '../issues/issue';
import type { PhoneCountry, PhoneFormat } from '../normalize/phone';
import { relativeName, type RuleContext } from '../rules/rule';
import { runRules, WORK_ORDER_RULES } from '../rules/run-rules';
import type { FieldNode } from '../schemas/field-tree';
import { WORK_ORDER_TREE, workOrderStructureFor, type WorkOrderStructure } from '../schemas/work-order';
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

// zod's issues, completed and pruned. A discriminated union (a contact method) whose discriminator
// is missing is reported by zod at the discriminator alone; the fields every option requires
// (`value`) are missing too, and one call reports every problem, so they are reported beside it.
// zod also runs a field's length checks on a value of the wrong type that has a length (`"title": []`,
// `"external_ids": "…"`), after its type issue: the type is the problem, and "must not be empty" or
// "at most 20 are accepted" would mislead, so what follows a type issue at its path is left out.
function completeIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const problem of issues) {
    const previous = out[out.length - 1];
    if (previous?.code === 'invalid_type' && JSON.stringify(previous.path) === JSON.stringify(problem.path)) continue;
    out.push(problem);
    // Only a discriminated union's issue names its discriminator; its input is the union's object.
    const { discriminator, input } = problem as { discriminator?: string; input?: Record<string, unknown> };
    if (discriminator === undefined || input![discriminator] !== undefined) continue;
    const path = problem.path.slice(0, -1);
    for (const key of requiredByEveryOption(nodeAt(WORK_ORDER_TREE, path))) {
      if (input![key] === undefined) out.push({ code: 'invalid_type', expected: 'string', input: undefined, path: [...path, key], message: '' } as z.core.$ZodIssue);
    }
  }
  return out;
}

/** The node at a path of the Work Order (a path zod reported, so always in the tree). */
function nodeAt(node: FieldNode, path: readonly PropertyKey[]): FieldNode {
  let at = node;
  for (const segment of path) at = typeof segment === 'number' ? at.element! : at.fields!.get(String(segment))!;
  return at;
}

/** The fields, bar the discriminator, that every option of a union requires (a contact method's `value`). */
function requiredByEveryOption(node: FieldNode): string[] {
  const { discriminator, options } = node.union!;
  const all = [...options.values()].map((option) => option.fields!);
  return [...all[0]!.keys()].filter((key) => key !== discriminator && all.every((fields) => fields.get(key)?.optional === false));
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
  if (!parsed.success) out.push(...fromZodIssues(completeIssues(parsed.error.issues), translate));
  const found: Issue[] = [];
  const name: RuleContext['name'] = translate === undefined ? relativeName : (path, from) => relativeName(translate(path), from && translate(from));
  runRules(WORK_ORDER_RULES, value, { now: options.now, defaultCountry: options.defaultCountry, phoneFormat: options.phoneFormat, name }, found);
  for (const rule of found) out.push(translate === undefined ? rule : { ...rule, path: translate(rule.path) });
  return parsed.success ? parsed.data : undefined;
}
