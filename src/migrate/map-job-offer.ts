import { isRecord } from '../_lib/is-record';
import { formatPath, issue, type Issue, type PathSegment } from '../issues/issue';
import type { FieldNode } from '../schemas/field-tree';
import { JOB_OFFER_TREE } from '../schemas/job-offer';
import { WORK_ORDER_TREE } from '../schemas/work-order';
import { invalidTypeIssue, requiredIssue } from '../validate/messages';
import { PayloadReader, type KeyReport } from '../validate/read';
import { snapshot } from '../validate/snapshot';
import { ATTRIBUTE_TABLE, SKIP, type AttributeRow, type RowContext } from './attribute-table';
import { Provenance } from './provenance';

// The migration's engine: one walk over the Job Offer beside its schema's field tree, driven by the
// attribute table. It reads each value once, reports what the Job Offer itself gets wrong (unknown
// and dropped fields, containers of the wrong kind, missing `job` or `customer`, size limits), builds
// the candidate Work Order row by row, and records for every Work Order place it writes which row
// (and which array indices) it came from.

/** One step of a row's Work Order path. */
type Step =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'index'; readonly index: number }
  /** `$`: the index bound by the `nth` `$` of the Job Offer path. */
  | { readonly kind: 'bound'; readonly nth: number }
  /** `[+]`: a new element. */
  | { readonly kind: 'append' };

/** @internal A row, compiled: its Work Order path relative to the section it writes into. */
export interface CompiledRow {
  readonly row: AttributeRow;
  /** The Job Offer path, `$` for array elements. */
  readonly pattern: readonly string[];
  /** The nearest enclosing section whose target this row's target is under. */
  readonly anchor: CompiledRow | undefined;
  /** The steps from the anchor's target to this row's target. */
  readonly steps: readonly Step[];
  /** For sections: whether the target is an object or an array (from the first step of the rows below it). */
  containerKind: 'object' | 'array';
  /** The row's `set` values, as entries (read once here rather than on every write). */
  readonly setEntries: readonly (readonly [string, unknown])[];
}

/** @internal A place in the Job Offer: its schema node, its row (when the table has one) and its children. */
export interface TrieNode {
  readonly key: string;
  readonly field: FieldNode;
  readonly row: CompiledRow | undefined;
  readonly children: readonly TrieNode[];
  /** Each child's position in `children`, by key. */
  readonly byKey: ReadonlyMap<string, number>;
  readonly element: TrieNode | undefined;
}

function parseTarget(path: string): Step[] {
  const steps: Step[] = [];
  let nth = 0;
  for (const part of path === '' ? [] : path.split('.')) {
    const match = /^([a-z_]+|\$)?(?:\[(\d+|\+)\])?$/.exec(part);
    if (match === null) throw new Error(`attribute table: cannot read the Work Order path "${path}"`);
    const [, key = '', index] = match;
    if (key === '$') steps.push({ kind: 'bound', nth: nth++ });
    else if (key !== '') steps.push({ kind: 'key', key });
    if (index === '+') steps.push({ kind: 'append' });
    else if (index !== undefined) steps.push({ kind: 'index', index: Number(index) });
  }
  return steps;
}

function sameStep(a: Step, b: Step): boolean {
  return a.kind === b.kind && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * @internal Compiles an attribute table beside the Job Offer schema's field tree. A row without a
 * Job Offer field, or a Job Offer field without a row (bar an array whose elements have one, and the
 * fields inside a value copied whole), throws: the table and the schema cannot drift.
 */
export function compileTable(table: readonly AttributeRow[], jobOffer: FieldNode): TrieNode {
  const rows = new Map(table.map((row) => [row.jobOffer, row] as const));
  const used = new Set<string>();
  const build = (key: string, field: FieldNode, pattern: string[], sections: CompiledRow[]): TrieNode => {
    const name = pattern.join('.');
    const row = rows.get(name);
    let compiled: CompiledRow | undefined;
    if (row !== undefined) {
      used.add(name);
      const target = row.workOrder === null ? [] : parseTarget(row.workOrder);
      // The anchor: the innermost enclosing section whose target is a prefix of this row's.
      let anchor: CompiledRow | undefined;
      for (let i = sections.length - 1; i >= 0 && anchor === undefined; i--) {
        const section = sections[i]!;
        const sectionSteps = fullSteps(section);
        if (sectionSteps.length <= target.length && sectionSteps.every((s, j) => sameStep(s, target[j]!))) anchor = section;
      }
      const base = anchor === undefined ? 0 : fullSteps(anchor).length;
      compiled = { row, pattern, anchor, steps: target.slice(base), containerKind: 'object', setEntries: Object.entries(row.set ?? {}) };
      fullStepsOf.set(compiled, target);
      const first = compiled.steps[0];
      if (anchor !== undefined && first !== undefined && first.kind !== 'key') anchor.containerKind = 'array';
    } else if (field.kind !== 'array') {
      throw new Error(`attribute table: the Job Offer field "${name}" has no row`);
    }
    const inner = compiled?.row.transfer === 'section' ? [...sections, compiled] : sections;
    // Only containers are walked into: a row that carries a value carries it whole.
    const descend = compiled === undefined || compiled.row.transfer === 'section';
    const children = descend && field.kind === 'object' ? [...field.fields!].map(([k, f]) => build(k, f, [...pattern, k], inner)) : [];
    const element = descend && field.kind === 'array' ? build('$', field.element!, [...pattern, '$'], inner) : undefined;
    return { key, field, row: compiled, children, byKey: new Map(children.map((c, i) => [c.key, i])), element };
  };
  const root = build('', jobOffer, [], []);
  const unused = [...rows.keys()].filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`attribute table: no Job Offer field for the rows ${unused.join(', ')}`);
  return root;
}

const fullStepsOf = new WeakMap<CompiledRow, Step[]>();
function fullSteps(row: CompiledRow): Step[] {
  return fullStepsOf.get(row)!;
}

const ROOT = compileTable(ATTRIBUTE_TABLE, JOB_OFFER_TREE);
const DROPPED: KeyReport = {
  code: 'dropped_field',
  payload: 'Job Offer',
  outcome: 'dropped (the attribute table has no Work Order field for it)',
  mistakenFor: {
    payload: 'Work Order',
    fields: WORK_ORDER_TREE.fields!,
    hint: 'if this is a Work Order already, check it with validateWorkOrder (or the CLI\'s validate command) instead of migrating it.',
  },
};
const NO_BINDINGS: readonly number[] = [];

/** A section being written: its row, its target (created when first needed) and the indices bound so far. */
interface Frame {
  readonly row: CompiledRow | undefined;
  readonly parent: Frame | undefined;
  readonly bindings: readonly number[];
  container: Record<string, unknown> | unknown[] | undefined;
}

/** @internal What the engine gives the migration. */
export interface MappedJobOffer {
  /** The candidate Work Order (undefined when the Job Offer was too large or unreadable). */
  readonly candidate: Record<string, unknown> | undefined;
  /** Where each Work Order place came from. */
  readonly provenance: Provenance;
  /** What the Job Offer itself gets wrong or loses, at Job Offer paths. */
  readonly issues: Issue[];
}

/**
 * @internal Maps a Job Offer to a candidate Work Order by the attribute table, in one walk that
 * reads each value once. The candidate is not checked: `migrateJobOffer` checks it as a Work Order.
 */
export function mapJobOffer(input: unknown): MappedJobOffer {
  const reader = new PayloadReader(DROPPED);
  const provenance = new Provenance();
  const state: RowContext['state'] = {};
  const candidate: Record<string, unknown> = {};
  const root: Frame = { row: undefined, parent: undefined, bindings: NO_BINDINGS, container: candidate };
  const engine = new Engine(reader, provenance, state);
  engine.visit(ROOT, input, [], root, true);
  engine.finish(candidate);
  reader.finish();
  return { candidate: reader.stopped ? undefined : candidate, provenance, issues: reader.issues };
}

/** The Work Order place of a step, with the indices bound by the Job Offer's `$`. */
function keyOf(step: Step, bindings: readonly number[]): PathSegment {
  if (step.kind === 'key') return step.key;
  if (step.kind === 'index') return step.index;
  return step.kind === 'bound' ? bindings[step.nth]! : -1;
}

class Engine {
  /** Rows whose Job Offer value is missing: where it would go is recorded when every row has run. */
  readonly pending: { readonly compiled: CompiledRow; readonly bindings: readonly number[] }[] = [];

  constructor(
    private readonly reader: PayloadReader,
    private readonly provenance: Provenance,
    private readonly state: RowContext['state'],
  ) {}

  /**
   * Visits one place of the Job Offer. `parentPresent` says whether its parent was read as the
   * container it should be: only then is a missing required container reported.
   */
  visit(node: TrieNode, value: unknown, path: PathSegment[], frame: Frame, parentPresent: boolean, checkOnly = false): void {
    const compiled = node.row;
    const transfer = compiled?.row.transfer;
    if (transfer !== undefined && transfer !== 'section') {
      // An array's element is never optional: a hole in a Job Offer array (`[, "…"]`) is missing.
      if (checkOnly || (value === undefined && node.key === '$')) this.checkLeaf(node, value, path, parentPresent);
      else this.leaf(compiled!, node, value, path, frame);
      return;
    }
    // A container: a section of the table, or an array whose elements have rows.
    let present = value !== undefined;
    if (present && !this.isKind(node.field, value, path)) present = false;
    else if (!present && parentPresent && !node.field.optional) this.reader.issues.push(requiredIssue(path));
    const inner = compiled === undefined || checkOnly ? frame : this.enter(compiled, frame);
    if (node.field.kind === 'object') this.visitFields(node, present ? value : undefined, path, inner, checkOnly);
    else if (present && node.element !== undefined) this.visitElements(node, value as unknown[], path, inner, checkOnly);
  }

  /**
   * A value that a failed section check keeps out of the Work Order is still read and checked for
   * its type and size, so that one call reports every problem.
   */
  private checkLeaf(node: TrieNode, value: unknown, path: PathSegment[], parentPresent: boolean): void {
    const expected = node.field.type;
    if (value === undefined) {
      if (parentPresent && !node.field.optional) this.reader.issues.push(requiredIssue(path));
      return;
    }
    if (typeof value === 'string') this.reader.checkString(value, path);
    const actual = typeof value === 'number' && expected === 'int' && Number.isSafeInteger(value) ? 'int' : typeof value;
    if (expected !== undefined && actual !== expected) this.reader.issues.push(invalidTypeIssue(path, expected, value));
  }

  /** True when `value` is the kind of container the schema wants; reports it (a Job Offer error) otherwise. */
  private isKind(field: FieldNode, value: unknown, path: readonly PathSegment[]): boolean {
    if (typeof value !== 'object' || value === null) {
      this.reader.issues.push(invalidTypeIssue(path, field.kind, value));
      return false;
    }
    const isArray = this.reader.isArray(value, path);
    if (isArray === undefined) return false;
    if (isArray === (field.kind === 'array')) return true;
    this.reader.issues.push(invalidTypeIssue(path, field.kind, value));
    return false;
  }

  private visitFields(node: TrieNode, value: unknown, path: PathSegment[], frame: Frame, checkOnly: boolean): void {
    const values = new Array<unknown>(node.children.length);
    if (value !== undefined) {
      const keys = this.reader.keys(value as object, path);
      if (keys === undefined) return;
      for (const key of keys) {
        path.push(key);
        const index = node.byKey.get(key);
        if (index !== undefined) {
          const item = this.reader.get(value as Record<string, unknown>, key, path);
          // JSON serializers write null for an absent value: a field that is null is absent.
          if (item !== null) values[index] = item;
        } else this.reader.unknownKey(node.byKey.keys(), path);
        path.pop();
      }
    }
    const check = node.row?.row.check;
    const skip = checkOnly || (value !== undefined && check !== undefined && !check((key) => values[node.byKey.get(key) ?? -1], this.context(path, frame)));
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      path.push(child.key);
      this.visit(child, values[i], path, frame, value !== undefined, skip);
      path.pop();
    }
  }

  private visitElements(node: TrieNode, value: readonly unknown[], path: PathSegment[], frame: Frame, checkOnly: boolean): void {
    const elements = this.reader.elements(value, path, node.field.maxItems);
    if (elements === undefined) return;
    const element = node.element!;
    for (let i = 0; i < elements.length; i++) {
      path.push(i);
      const bound: Frame = { row: frame.row, parent: frame.parent, bindings: [...frame.bindings, i], container: frame.container };
      this.visit(element, elements[i], path, bound, true, checkOnly);
      // A section's container may have been created below: share it with the next elements.
      frame.container = bound.container;
      path.pop();
    }
  }

  /** Enters a section: its frame, with its target created now when it is an element or has values to set. */
  private enter(compiled: CompiledRow, frame: Frame): Frame {
    const anchor = this.frameOf(compiled.anchor, frame);
    const inner: Frame = { row: compiled, parent: anchor, bindings: frame.bindings, container: undefined };
    const last = compiled.steps[compiled.steps.length - 1];
    const eager = compiled.steps.length === 0 || compiled.row.set !== undefined || last?.kind === 'append' || last?.kind === 'bound' || last?.kind === 'index';
    if (eager) {
      const container = this.ensure(inner);
      for (const [key, item] of compiled.setEntries) {
        (container as Record<string, unknown>)[key] = item;
        this.provenance.record(container, key, compiled, inner.bindings);
      }
    } else this.recordAbsent(compiled, inner); // until (unless) a row below writes into it
    return inner;
  }

  /** The frame of `section` among `frame` and its ancestors (the root frame for none). */
  private frameOf(section: CompiledRow | undefined, frame: Frame): Frame {
    let at: Frame | undefined = frame;
    while (at !== undefined && at.row !== section) at = at.parent;
    return at ?? frame;
  }

  /** The container of a frame, created (with the containers on the way) when it does not exist yet. */
  private ensure(frame: Frame): Record<string, unknown> | unknown[] {
    if (frame.container !== undefined) return frame.container;
    const compiled = frame.row!;
    let at = this.ensure(frame.parent!);
    const steps = compiled.steps;
    for (let i = 0; i < steps.length; i++) at = this.child(at, steps[i]!, steps[i + 1], compiled, frame.bindings);
    frame.container = at;
    return at;
  }

  /** The container at one step below `at`, created (and its provenance recorded) when missing. */
  private child(at: Record<string, unknown> | unknown[], step: Step, next: Step | undefined, compiled: CompiledRow, bindings: readonly number[]): Record<string, unknown> | unknown[] {
    const kind = next === undefined ? compiled.containerKind : next.kind === 'key' ? 'object' : 'array';
    const fresh = (): Record<string, unknown> | unknown[] => (kind === 'object' ? {} : []);
    if (step.kind === 'append') {
      const list = at as unknown[];
      const created = fresh();
      list.push(created);
      this.provenance.record(list, list.length - 1, compiled, bindings);
      return created;
    }
    const key: PathSegment = step.kind === 'key' ? step.key : step.kind === 'index' ? step.index : bindings[step.nth]!;
    const holder = at as Record<PathSegment, unknown>;
    let found = holder[key];
    if (typeof found !== 'object' || found === null) {
      found = fresh();
      holder[key] = found;
      this.provenance.record(at, key, compiled, bindings);
    }
    return found as Record<string, unknown> | unknown[];
  }

  /** A section whose target is not written (yet): its first Work Order place still points to it. */
  private recordAbsent(compiled: CompiledRow, frame: Frame): void {
    const parent = frame.parent?.container;
    const first = compiled.steps[0];
    if (parent === undefined || first === undefined || first.kind !== 'key' || (parent as Record<string, unknown>)[first.key] !== undefined) return;
    this.provenance.record(parent, first.key, compiled, frame.bindings);
  }

  /** A row that carries (or drops, or consumes) one value. */
  private leaf(compiled: CompiledRow, node: TrieNode, value: unknown, path: PathSegment[], frame: Frame): void {
    const row = compiled.row;
    if (row.transfer === 'drop') {
      if (value !== undefined) this.reader.issues.push(issue('dropped_field', [...path], `"${formatPath(path)}" was dropped: ${row.reason ?? ''}`));
      return;
    }
    let item = value === undefined ? undefined : snapshot(node.field, value, path, this.reader);
    if (row.read !== undefined) item = row.read(item, this.context(path, frame));
    if (row.transfer === 'consume' || item === SKIP) return;
    // The place the value goes: the steps below the anchor section's target, the last one its key.
    const anchor = this.frameOf(compiled.anchor, frame);
    if (item === undefined) {
      // Under an element appended for this very value (a phone's method), the element is there now.
      if (compiled.steps.length === 1 && anchor.container !== undefined) this.provenance.recordLacking(anchor.container, keyOf(compiled.steps[0]!, frame.bindings), compiled, frame.bindings);
      else if (!fullSteps(compiled).some((step) => step.kind === 'append')) this.pending.push({ compiled, bindings: frame.bindings });
      return;
    }
    const steps = compiled.steps;
    let at = this.ensure(anchor);
    for (let i = 0; i < steps.length - 1; i++) {
      const step = steps[i]!;
      // A list element (a window, an email's contact method) comes from this row; a container on
      // the way (the contact methods themselves) from the section the row writes into.
      const owner = step.kind === 'key' && anchor.row !== undefined ? anchor.row : compiled;
      at = this.child(at, step, steps[i + 1], owner, frame.bindings);
    }
    const last = steps[steps.length - 1]!;
    const key: PathSegment = last.kind === 'key' ? last.key : last.kind === 'index' ? last.index : frame.bindings[(last as { nth: number }).nth]!;
    const holder = at as Record<PathSegment, unknown>;
    for (const [setKey, setValue] of compiled.setEntries) {
      holder[setKey] = setValue;
      this.provenance.record(at, setKey, compiled, frame.bindings);
    }
    if (row.transfer === 'wrap' || row.transfer === 'append') this.addMembers(holder, key, compiled, row.transfer === 'wrap' ? [item] : item, path, frame.bindings);
    else {
      holder[key] = item;
      this.provenance.record(at, key, compiled, frame.bindings, true);
    }
  }

  /**
   * Adds members to the list at `holder[key]` (created when missing): one value (`wrap`), or each
   * member of an array (`append`), in order, each string once: `external_id` and the legacy
   * `external_ids` merge into one list of ids. Each member records its own Job Offer place.
   */
  private addMembers(holder: Record<PathSegment, unknown>, key: PathSegment, compiled: CompiledRow, members: unknown, path: readonly PathSegment[], bindings: readonly number[]): void {
    if (!Array.isArray(members)) {
      this.reader.issues.push(invalidTypeIssue(path, 'array', members));
      return;
    }
    let list = holder[key];
    if (!Array.isArray(list)) {
      list = [];
      holder[key] = list;
      this.provenance.record(holder, key, compiled, bindings, compiled.row.transfer === 'wrap');
    }
    const into = list as unknown[];
    members.forEach((member, index) => {
      if (typeof member === 'string' && into.includes(member)) return;
      into.push(member);
      this.provenance.record(into, into.length - 1, compiled, bindings, true, compiled.row.transfer === 'append' ? index : undefined);
    });
  }

  /**
   * Records where the values the Job Offer lacks would have come from, once every row has run (a
   * window's end may create the window its missing start belongs to): so that a `required` issue on
   * the Work Order points to the missing Job Offer field. A place under a list element appended for
   * a value is found through the element's own row instead.
   */
  finish(candidate: Record<string, unknown>): void {
    for (const { compiled, bindings } of this.pending) {
      const steps = fullSteps(compiled);
      let at: unknown = candidate;
      for (let i = 0; i < steps.length - 1 && at !== undefined; i++) {
        at = isRecord(at) || Array.isArray(at) ? (at as Record<PathSegment, unknown>)[keyOf(steps[i]!, bindings)] : undefined;
      }
      if (steps.length > 0 && (isRecord(at) || Array.isArray(at))) this.provenance.recordLacking(at, keyOf(steps[steps.length - 1]!, bindings), compiled, bindings);
    }
  }



  private context(path: readonly PathSegment[], frame: Frame): RowContext {
    const reader = this.reader;
    return {
      path: [...path],
      index: frame.bindings[frame.bindings.length - 1],
      report: (found) => reader.issues.push(found),
      stop: (found) => reader.stop(found),
      state: this.state,
    };
  }
}
