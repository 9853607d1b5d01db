import type { PathSegment } from '../issues/issue';
import type { FieldNode } from '../schemas/field-tree';
import type { AttributeRow } from './attribute-table';

// The attribute table, compiled once beside the Job Offer schema's field tree into the trie the
// migration walks (`map-job-offer.ts`). Compiling is where the table is held to its own grammar and
// to the schema: a row without a field, a field without a row, a Work Order path that cannot be read
// or that leaves its section's target throws here, when the module loads.

/** @internal A step of a Work Order path that names a place: a key, a fixed index (`[0]`), or the index bound by the `nth` `$`. */
export type Place =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'bound'; readonly nth: number };

/** @internal One step of a row's Work Order path: a place, or `[+]`, a new element. */
export type Step = Place | { readonly kind: 'append' };

/** @internal A row, compiled: its Work Order path relative to the section it writes into. */
export interface CompiledRow {
  readonly row: AttributeRow;
  /** The Job Offer path, `$` for array elements. */
  readonly pattern: readonly string[];
  /** The steps from the enclosing section's target to this row's target. */
  readonly steps: readonly Step[];
  /** The last of `steps` when it names a place: set for every row that carries a value, and for a section with steps of its own that do not end in `[+]`. */
  readonly place: Place | undefined;
  /**
   * True when the place this row would fill can be found from its section's target by `steps` (none
   * of them `[+]`): a value the Job Offer lacks, or a section never written, is then recorded there,
   * so that a Work Order issue at that place points to the Job Offer field behind it.
   */
  readonly findable: boolean;
  /**
   * For sections: true when the target is created on entering the section, because it is an element
   * (`$`, `[0]`, `[+]`), has values to set, or is its enclosing section's own target; otherwise it is
   * created when a row below first writes into it, so that a Job Offer without the section's values
   * gets no empty container.
   */
  readonly eager: boolean;
  /** For sections: whether the target is an array (a row below it starts with an index) or an object. */
  isArray: boolean;
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

/**
 * @internal Reads a Work Order path of the table: dotted keys, `$` (the index bound by the Job
 * Offer path's `$` of the same rank), `[n]` (a fixed index) and `[+]` (a new element) after a key.
 */
export function parseTarget(path: string): Step[] {
  const steps: Step[] = [];
  let nth = 0;
  for (const part of path === '' ? [] : path.split('.')) {
    const match = /^(?:([a-z_]+)(?:\[(\d+|\+)\])?|\$)$/.exec(part);
    if (match === null) throw new Error(`attribute table: cannot read the Work Order path "${path}"`);
    const [, key, index] = match;
    if (key === undefined) steps.push({ kind: 'bound', nth: nth++ });
    else steps.push({ kind: 'key', key });
    if (index === '+') steps.push({ kind: 'append' });
    else if (index !== undefined) steps.push({ kind: 'index', index: Number(index) });
  }
  return steps;
}

/** @internal The Work Order key or index of a place, with the indices bound by the Job Offer's `$`. */
export function placeKey(place: Place, bindings: readonly number[]): PathSegment {
  return place.kind === 'key' ? place.key : place.kind === 'index' ? place.index : bindings[place.nth]!;
}

/**
 * @internal Compiles an attribute table beside the Job Offer schema's field tree. The rows below a
 * section write into the section's target. Throws when a row has no Job Offer field, a Job Offer
 * field has no row (bar an array whose elements have one, and the fields inside a value copied
 * whole), a Work Order path cannot be read or is not inside its section's target, or a row that
 * carries a value has no place of its own to write it (an empty path, or one ending in `[+]`).
 */
export function compileTable(table: readonly AttributeRow[], jobOffer: FieldNode): TrieNode {
  const rows = new Map(table.map((row) => [row.jobOffer, row] as const));
  const used = new Set<string>();
  const build = (key: string, field: FieldNode, pattern: string[], section: { readonly compiled: CompiledRow; readonly target: readonly Step[] } | undefined): TrieNode => {
    const name = pattern.join('.');
    const row = rows.get(name);
    let compiled: CompiledRow | undefined;
    let inner = section;
    if (row !== undefined) {
      used.add(name);
      if ((row.workOrder === null) !== (row.transfer === 'drop' || row.transfer === 'consume')) {
        throw new Error(`attribute table: the row "${name}" ${row.workOrder === null ? 'has no Work Order path but carries' : 'has a Work Order path but does not carry'} a value (transfer "${row.transfer}")`);
      }
      // A row that carries nothing (`workOrder: null`) has no place: no steps.
      const target = parseTarget(row.workOrder ?? '');
      const bound = target.filter((step) => step.kind === 'bound').length;
      if (bound > pattern.filter((segment) => segment === '$').length) {
        throw new Error(`attribute table: the Work Order path "${row.workOrder}" of the row "${name}" has more $ than the Job Offer path binds`);
      }
      const base = section?.target ?? [];
      if (row.workOrder !== null && JSON.stringify(target.slice(0, base.length)) !== JSON.stringify(base)) {
        throw new Error(`attribute table: the row "${name}" writes to "${row.workOrder}", outside "${section!.compiled.row.workOrder}", the target of its section "${section!.compiled.row.jobOffer}"`);
      }
      const steps = target.slice(base.length);
      const last = steps[steps.length - 1];
      const place = last === undefined || last.kind === 'append' ? undefined : last;
      if (place === undefined && row.transfer !== 'section' && row.workOrder !== null) {
        throw new Error(`attribute table: the row "${name}" carries a value but its Work Order path "${row.workOrder}" names no place for it`);
      }
      const eager = row.set !== undefined || last?.kind !== 'key';
      compiled = { row, pattern, steps, place, findable: steps.every((step) => step.kind !== 'append'), eager, isArray: false, setEntries: Object.entries(row.set ?? {}) };
      // Only the root section has no section around it, and its path is empty.
      if (steps[0] !== undefined && steps[0].kind !== 'key') section!.compiled.isArray = true;
      // The rows below write into this row's target (only a section's are walked into: see descend).
      inner = { compiled, target };
    } else if (field.kind !== 'array') {
      throw new Error(`attribute table: the Job Offer field "${name}" has no row`);
    }
    // Only containers are walked into: a row that carries a value carries it whole.
    const descend = compiled === undefined || compiled.row.transfer === 'section';
    const children = descend && field.kind === 'object' ? [...field.fields!].map(([k, f]) => build(k, f, [...pattern, k], inner)) : [];
    const element = descend && field.kind === 'array' ? build('$', field.element!, [...pattern, '$'], inner) : undefined;
    return { key, field, row: compiled, children, byKey: new Map(children.map((c, i) => [c.key, i])), element };
  };
  const root = build('', jobOffer, [], undefined);
  const unused = [...rows.keys()].filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`attribute table: no Job Offer field for the rows ${unused.join(', ')}`);
  return root;
}
