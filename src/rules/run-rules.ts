import { isRecord } from '../_lib/is-record';
import { issue, type Issue, type PathSegment } from '../issues/issue';
import type * as z from 'zod';
import type { EntityName } from '../schemas/entities';
import { fieldTree, type FieldNode } from '../schemas/field-tree';
import { WorkOrderStructureDefault } from '../schemas/work-order';
import { RULES } from './registry';
import type { Rule, RuleContext } from './rule';

const BY_ENTITY = new Map<EntityName, Rule[]>();
for (const rule of RULES) BY_ENTITY.set(rule.appliesTo, [...(BY_ENTITY.get(rule.appliesTo) ?? []), rule]);

/** @internal A node of the Work Order's field tree, with what the rule pass needs of it. */
interface RuleNode {
  readonly node: FieldNode;
  /** The rules of this node's entity. */
  readonly rules: readonly Rule[];
  /** The children that hold an entity with rules, by key (objects) or as the element (arrays). */
  readonly fields: readonly (readonly [string, RuleNode])[];
  readonly element: RuleNode | undefined;
  readonly options: ReadonlyMap<unknown, RuleNode> | undefined;
}

function ruleNode(node: FieldNode): RuleNode | undefined {
  const rules = node.entity === undefined ? [] : (BY_ENTITY.get(node.entity) ?? []);
  const fields: [string, RuleNode][] = [];
  for (const [key, child] of node.fields ?? []) {
    const found = ruleNode(child);
    if (found !== undefined) fields.push([key, found]);
  }
  const element = node.element === undefined ? undefined : ruleNode(node.element);
  let options: Map<unknown, RuleNode> | undefined;
  for (const [tag, option] of node.union?.options ?? []) {
    const found = ruleNode(option);
    if (found !== undefined) (options ??= new Map()).set(tag, found);
  }
  if (rules.length === 0 && fields.length === 0 && element === undefined && options === undefined) return undefined;
  return { node, rules, fields, element, options };
}

/** @internal Where the rules apply in values of one schema: read once from its field tree. */
export interface RulePlan {
  readonly root: RuleNode | undefined;
}

/** @internal The rule plan of a schema (a Work Order, or one of its entities used alone). */
export function rulePlan(schema: z.ZodType): RulePlan {
  return { root: ruleNode(fieldTree(schema)) };
}

/** @internal The plan of a Work Order: every Work Order has one shape whatever its phone options. */
export const WORK_ORDER_RULES: RulePlan = rulePlan(WorkOrderStructureDefault);

/**
 * @internal The rule pass: runs every rule of the registry on each value of the entity it applies
 * to, in one walk over a (possibly partly invalid) value, children before their parents (as a
 * reader meets them), and appends what they find to `out` with paths relative to the value.
 * Reads defensively and never throws.
 */
export function runRules(plan: RulePlan, value: unknown, context: RuleContext, out: Issue[]): void {
  if (plan.root !== undefined) visit(plan.root, value, [], context, out);
}

function visit(at: RuleNode, value: unknown, path: PathSegment[], context: RuleContext, out: Issue[]): void {
  if (at.fields.length > 0 && isRecord(value)) {
    for (const [key, child] of at.fields) {
      const item = value[key];
      if (item === undefined) continue;
      path.push(key);
      visit(child, item, path, context, out);
      path.pop();
    }
  } else if (at.element !== undefined && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      visit(at.element, value[i], path, context, out);
      path.pop();
    }
  } else if (at.options !== undefined && isRecord(value)) {
    const option = at.options.get(value[at.node.union?.discriminator ?? '']);
    if (option !== undefined) visit(option, value, path, context, out);
  }
  for (const rule of at.rules) {
    for (const violation of rule.check(value, context, path)) out.push(issue(violation.code, [...path, ...violation.path], violation.message));
  }
}
