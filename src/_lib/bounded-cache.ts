/**
 * @internal The one cache of this library: a map bounded by its number of entries and by the length
 * of its string keys. A key longer than `maxKeyLength` is never stored (so a hostile value cannot
 * hold memory). Entries live in two generations of at most half the bound each: new entries go to
 * the young one, a hit in the old one moves it back, and when the young one is full the old one is
 * dropped and the young one becomes old. So a stream of distinct keys costs constant memory and
 * constant time per entry (a Map that deletes its oldest entry one by one slows down as the deleted
 * slots pile up at its front), keys in use stay, and no answer depends on what was cached.
 */
export class BoundedCache<K, V> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();
  readonly #generation: number;
  readonly #maxKeyLength: number;

  /**
   * @param maxEntries - Most entries kept (at least 2).
   * @param maxKeyLength - Longest string key kept (other keys have no length).
   */
  constructor(maxEntries: number, maxKeyLength = Number.POSITIVE_INFINITY) {
    this.#generation = Math.max(1, Math.floor(maxEntries / 2));
    this.#maxKeyLength = maxKeyLength;
  }

  /** The value remembered for `key`, or undefined. */
  get(key: K): V | undefined {
    const value = this.#young.get(key);
    if (value !== undefined || this.#young.has(key)) return value;
    if (!this.#old.has(key)) return undefined;
    const kept = this.#old.get(key) as V;
    this.set(key, kept);
    return kept;
  }

  /** The value for `key`: remembered, or computed by `compute` and remembered when the key may be. */
  getOrCompute(key: K, compute: (key: K) => V): V {
    const value = this.#young.get(key);
    if (value !== undefined || this.#young.has(key)) return value as V;
    if (this.#old.has(key)) {
      const kept = this.#old.get(key) as V;
      this.set(key, kept);
      return kept;
    }
    const computed = compute(key);
    this.set(key, computed);
    return computed;
  }

  /** Remembers `value` for `key`, unless the key is too long to keep. */
  set(key: K, value: V): void {
    if (typeof key === 'string' && key.length > this.#maxKeyLength) return;
    if (this.#young.size >= this.#generation && !this.#young.has(key)) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }

  /** How many entries are kept (an entry may be in both generations for a while: counted once each). */
  get size(): number {
    return this.#young.size + this.#old.size;
  }
}
