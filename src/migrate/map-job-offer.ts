import { formatPath, issue, type Issue, type PathSegment } from '../issues/issue';
import { hasLeafType, type FieldNode } from '../schemas/field-tree';
import { JOB_OFFER_TREE } from '../schemas/job-offer';
import { WORK_ORDER_TREE } from '../schemas/work-order';
import { invalidTypeIssue, requiredIssue } from '../validate/messages';
import { PayloadReader, type KeyReport } from '../validate/read';
import { snapshot } from '../validate/snapshot';
import { ATTRIBUTE_TABLE, SKIP, type RowContext } from './attribute-table';
import { compileTable, placeKey, type CompiledRow, type Place, type Step, type TrieNode } from './compile-table';
import { Provenance } from './provenance';

// The migration's engine: one walk over the Job Offer beside its schema's field tree, driven by the
// attribute table. It reads each value once, reports what the Job Offer itself gets wrong (unknown
// and dropped fields, containers of the wrong kind, missing `job` or `customer`, size limits), builds
// the candidate Work Order row by row, and records for every Work Order place it writes which row
// (and which array indices) it came from.

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

type Container = Record<PathSegment, unknown> | unknown[];

/**
 * A section being written: its row, the indices bound so far, and its target (created when first
 * needed). The frames of one section's elements share its target.
 */
interface Frame {
  /** The section's row; undefined for the frame around the whole candidate. */
  readonly row: CompiledRow | undefined;
  readonly parent: Frame | undefined;
  readonly bindings: readonly number[];
  readonly target: { container?: Container };
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
  const outer: Frame = { row: undefined, parent: undefined, bindings: NO_BINDINGS, target: { container: candidate } };
  const engine = new Engine(reader, provenance, state);
  engine.visit(ROOT, input, [], outer, true);
  engine.finish();
  reader.finish();
  return { candidate: reader.stopped ? undefined : candidate, provenance, issues: reader.issues };
}

function emptyContainer(isArray: boolean): Container {
  return isArray ? [] : {};
}

class Engine {
  /**
   * Rows whose place was left empty (a value the Job Offer lacks, a section nothing was written
   * into), with the frame they would have written in: see {@link Engine.finish}.
   */
  readonly #unfilled: { readonly compiled: CompiledRow; readonly frame: Frame }[] = [];

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
    if (compiled !== undefined && compiled.row.transfer !== 'section') {
      if (checkOnly) this.checkLeaf(node, value, path, parentPresent);
      else {
        // An array's element is never optional: a hole in a Job Offer array (`[, "…"]`) is missing.
        if (value === undefined && node.key === '$') this.reader.issues.push(requiredIssue(path));
        this.leaf(compiled, node, value, path, frame);
      }
      return;
    }
    // A container: a section of the table, or an array whose elements have rows.
    let present = value !== undefined;
    if (present && !this.isKind(node.field, value, path)) present = false;
    else if (!present && parentPresent && !node.field.optional) this.reader.issues.push(requiredIssue(path));
    const inner = compiled === undefined || checkOnly ? frame : this.enter(compiled, frame);
    if (node.field.kind === 'object') this.visitFields(node, present ? value : undefined, path, inner, checkOnly);
    else if (present) this.visitElements(node, value as unknown[], path, inner, checkOnly);
  }

  /**
   * A value that a failed section check keeps out of the Work Order is still read and checked for
   * its type (a container for its kind, not inside) and a string for its length, so that one call
   * reports every problem.
   */
  private checkLeaf(node: TrieNode, value: unknown, path: PathSegment[], parentPresent: boolean): void {
    const field = node.field;
    if (value === undefined) {
      if (parentPresent && !field.optional) this.reader.issues.push(requiredIssue(path));
      return;
    }
    if (typeof value === 'string') this.reader.checkString(value, path);
    if (field.kind !== 'leaf') this.isKind(field, value, path);
    else if (!hasLeafType(field, value)) this.reader.issues.push(invalidTypeIssue(path, field.type!, value));
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
    const values: unknown[] = [];
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
    // Every object of the trie is a section (compileTable): its check, when it has one, decides
    // whether its rows run. A check reads its fields defensively, so an absent section passes it.
    const check = node.row!.row.check;
    const skip = checkOnly || (check !== undefined && !check((key) => values[node.byKey.get(key)!], this.context(path)));
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
      this.visit(element, elements[i], path, { ...frame, bindings: [...frame.bindings, i] }, true, checkOnly);
      path.pop();
    }
  }

  /**
   * Enters a section: its frame, with its target created now when the section is eager; a lazy
   * section's place is recorded when every row has run, unless a row below has written into it.
   */
  private enter(compiled: CompiledRow, frame: Frame): Frame {
    const inner: Frame = { row: compiled, parent: frame, bindings: frame.bindings, target: {} };
    if (compiled.eager) {
      const container = this.ensure(inner);
      for (const [key, item] of compiled.setEntries) {
        (container as Record<string, unknown>)[key] = item;
        this.provenance.record(container, key, compiled, inner.bindings);
      }
    } else this.#unfilled.push({ compiled, frame });
    return inner;
  }

  /** The target of a frame, created (with the containers on the way) when it does not exist yet. */
  private ensure(frame: Frame): Container {
    const target = frame.target;
    if (target.container !== undefined) return target.container;
    const compiled = frame.row!;
    let at = this.ensure(frame.parent!);
    const steps = compiled.steps;
    for (let i = 0; i < steps.length; i++) at = this.child(at, steps[i]!, steps[i + 1], compiled, frame.bindings);
    target.container = at;
    return at;
  }

  /** The container at one step below `at`, created (and its provenance recorded) when missing. */
  private child(at: Container, step: Step, next: Step | undefined, compiled: CompiledRow, bindings: readonly number[]): Container {
    const isArray = next === undefined ? compiled.isArray : next.kind !== 'key';
    if (step.kind === 'append') {
      const list = at as unknown[];
      const created = emptyContainer(isArray);
      list.push(created);
      this.provenance.record(list, list.length - 1, compiled, bindings);
      return created;
    }
    const key = placeKey(step, bindings);
    const holder = at as Record<PathSegment, unknown>;
    let found = holder[key];
    if (found === undefined) {
      found = emptyContainer(isArray);
      holder[key] = found;
      this.provenance.record(at, key, compiled, bindings);
    }
    return found as Container;
  }

  /** A row that carries (or drops, or consumes) one value. */
  private leaf(compiled: CompiledRow, node: TrieNode, value: unknown, path: PathSegment[], frame: Frame): void {
    const row = compiled.row;
    if (row.transfer === 'drop') {
      if (value !== undefined) this.reader.issues.push(issue('dropped_field', [...path], `"${formatPath(path)}" was dropped: ${row.reason!}`));
      return;
    }
    let item = snapshot(node.field, value, path, this.reader);
    if (row.read !== undefined) item = row.read(item, this.context(path));
    if (row.transfer === 'consume' || item === SKIP) return;
    if (item === undefined) {
      this.#unfilled.push({ compiled, frame });
      return;
    }
    // The place the value goes: the steps below the section's target, the last one its place.
    const steps = compiled.steps;
    let at = this.ensure(frame);
    for (let i = 0; i < steps.length - 1; i++) {
      const step = steps[i]!;
      // A list element (a window, an email's contact method) comes from this row; a container on
      // the way (the contact methods themselves) from the section the row writes into.
      at = this.child(at, step, steps[i + 1], step.kind === 'key' ? (frame.row ?? compiled) : compiled, frame.bindings);
    }
    const key = placeKey(compiled.place!, frame.bindings);
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
    if (list === undefined) {
      list = [];
      holder[key] = list;
      this.provenance.record(holder, key, compiled, bindings);
    }
    const into = list as unknown[];
    members.forEach((member, index) => {
      // A member that is not a string is an error at its own place: it is never merged away.
      if (typeof member === 'string' && into.includes(member)) return;
      into.push(member);
      this.provenance.record(into, into.length - 1, compiled, bindings, false, compiled.row.transfer === 'append' ? index : undefined);
    });
  }

  /**
   * Records, once every row has run, the places rows left empty: so that a Work Order issue there
   * (`required`, or a rule on a missing list) points to the Job Offer field that lacks the value. It
   * is recorded at the first place on the row's way that is empty (a window neither of whose times
   * is there leaves a hole in the list of windows); a place a value was written to keeps that
   * value's row. Run at the end because a later row may create the container an earlier one would
   * have written into (a window's end creates the window its missing start belongs to). A place
   * under an element appended for a value (`[+]`) cannot be found again, and is not recorded.
   */
  finish(): void {
    for (const { compiled, frame } of this.#unfilled) {
      let at = frame.target.container;
      if (at === undefined || !compiled.findable) continue;
      for (const step of compiled.steps as readonly Place[]) {
        const key = placeKey(step, frame.bindings);
        // The places on a row's way are containers the engine made; only the last holds a value.
        const next = (at as Record<PathSegment, unknown>)[key];
        if (next === undefined) {
          this.provenance.recordLacking(at, key, compiled, frame.bindings);
          break;
        }
        at = next as Container;
      }
    }
  }

  private context(path: readonly PathSegment[]): RowContext {
    const reader = this.reader;
    return {
      path: [...path],
      report: (found) => reader.issues.push(found),
      stop: (found) => reader.stop(found),
      state: this.state,
    };
  }
}
