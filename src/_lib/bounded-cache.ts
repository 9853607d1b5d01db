/**
 * @internal The one cache of this library: a map bounded by its number of entries and by the length
 * of its string keys. A key longer than `maxKeyLength` is never stored (so a hostile value cannot
 * hold memory), and when the cache is full the oldest entry makes room (first in, first out), so a
 * stream of distinct keys costs a constant amount of memory and no value depends on what was cached.
 */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #maxEntries: number;
  readonly #maxKeyLength: number;

  /**
   * @param maxEntries - Most entries kept.
   * @param maxKeyLength - Longest string key kept (other keys have no length).
   */
  constructor(maxEntries: number, maxKeyLength = Number.POSITIVE_INFINITY) {
    this.#maxEntries = maxEntries;
    this.#maxKeyLength = maxKeyLength;
  }

  /** The value remembered for `key`, or undefined. */
  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  /** The value for `key`: remembered, or computed by `compute` and remembered when the key may be. */
  getOrCompute(key: K, compute: (key: K) => V): V {
    let value = this.#entries.get(key);
    if (value === undefined && !this.#entries.has(key)) {
      value = compute(key);
      this.set(key, value);
    }
    return value as V;
  }

  /** Remembers `value` for `key`, unless the key is too long to keep. */
  set(key: K, value: V): void {
    if (typeof key === 'string' && key.length > this.#maxKeyLength) return;
    if (this.#entries.size >= this.#maxEntries && !this.#entries.has(key)) this.#entries.delete(this.#entries.keys().next().value as K);
    this.#entries.set(key, value);
  }

  /** How many entries are kept. */
  get size(): number {
    return this.#entries.size;
  }
}
