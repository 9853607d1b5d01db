import type { z } from 'zod';
import type { Rule } from '../validate/rules/rule';
import { customIssue } from './fields';

const ALWAYS = { when: () => true } as const;

/**
 * @internal Attaches business rules to a schema. With `always`, they run even when other parts of
 * the value already failed, so that one call reports every problem.
 */
export function withRules<T extends z.ZodType>(schema: T, rules: readonly Rule[], always: boolean): T {
  return schema.superRefine((value, ctx) => {
    for (const rule of rules) {
      for (const violation of rule(value)) {
        ctx.addIssue(customIssue(violation.code, value, violation.message, [...violation.path]));
      }
    }
  }, always ? ALWAYS : undefined);
}
