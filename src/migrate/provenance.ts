import type { PathSegment } from '../issues/issue';

/** @internal What provenance needs of a compiled row: its Job Offer path. */
export interface SourceRow {
  /** The Job Offer path, `$` for array elements. */
  readonly pattern: readonly string[];
}

/**
 * @internal Where each place of a candidate Work Order came from, recorded while mapping: for a
 * container and a key, the attribute table row that wrote it and the array indices bound then.
 * Recording is a few array pushes per value; the lookups happen only for the issues a check finds.
 */
export class Provenance {
  readonly #containers: object[] = [];
  readonly #keys: PathSegment[] = [];
  readonly #rows: SourceRow[] = [];
  readonly #bindings: (readonly number[])[] = [];
  readonly #whole: boolean[] = [];
  readonly #members: (number | undefined)[] = [];
  readonly #lacking: boolean[] = [];

  /**
   * Records that `container[key]` was written by `row`: the value it copied (`whole`: a Work Order
   * path inside it is the same path inside the Job Offer value), or a container on the way to it. `member` is the index, in the row's Job Offer
   * array, of a member the row appended (the legacy `external_ids`).
   */
  record(container: object, key: PathSegment, row: SourceRow, bindings: readonly number[], whole = false, member?: number, lacking = false): void {
    this.#containers.push(container);
    this.#keys.push(key);
    this.#rows.push(row);
    this.#bindings.push(bindings);
    this.#whole.push(whole);
    this.#members.push(member);
    this.#lacking.push(lacking);
  }

  /**
   * Records that `container[key]` would have come from `row`, whose value the Job Offer lacks. A
   * place a present value was recorded for keeps that row; of several rows that lack a value for one
   * place (`entities[i].external_id` and the legacy `data.external_ids`), the first, the guide's, names it.
   */
  recordLacking(container: object, key: PathSegment, row: SourceRow, bindings: readonly number[]): void {
    this.record(container, key, row, bindings, true, undefined, true);
  }

  /**
   * The Job Offer path behind a Work Order path of `candidate`: the deepest place on the way that
   * a row wrote, as that row's Job Offer path with its indices; inside a value copied whole (an
   * address) the rest of the path is the same in both. The Job Offer itself when nothing on the way
   * was written by a row.
   */
  toJobOfferPath(candidate: object, path: readonly PathSegment[]): PathSegment[] {
    let container: unknown = candidate;
    let found = -1;
    let depth = 0;
    let d = 0;
    for (const key of path) {
      if (typeof container !== 'object' || container === null) break;
      d++;
      const at = this.#find(container, key);
      if (at !== -1) {
        found = at;
        depth = d;
      }
      container = (container as Record<PathSegment, unknown>)[key];
    }
    if (found === -1) return [];
    const row = this.#rows[found]!;
    const bindings = this.#bindings[found]!;
    let nth = 0;
    const source: PathSegment[] = row.pattern.map((segment) => (segment === '$' ? bindings[nth++]! : segment));
    const member = this.#members[found];
    if (member !== undefined) source.push(member);
    // A value copied whole keeps its shape: the rest of the path is the same in the Job Offer.
    return this.#whole[found] ? [...source, ...path.slice(depth)] : source;
  }

  // The last row recorded with a value for the place; without one, the first that lacked it. Only
  // the issues a check finds are looked up, so recording stays a push.
  #find(container: object, key: PathSegment): number {
    let lacking = -1;
    for (let i = this.#containers.length - 1; i >= 0; i--) {
      if (this.#containers[i] !== container || this.#keys[i] !== key) continue;
      if (!this.#lacking[i]) return i;
      lacking = i;
    }
    return lacking;
  }
}
