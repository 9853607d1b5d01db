import { describe, expect, test } from 'vitest';
import { BoundedCache } from '../../src/_lib/bounded-cache';

describe('BoundedCache', () => {
  test('remembers what it computed and computes each key once', () => {
    const cache = new BoundedCache<string, number>(10);
    let calls = 0;
    const compute = (key: string) => (calls++, key.length);
    expect(cache.getOrCompute('abc', compute)).toBe(3);
    expect(cache.getOrCompute('abc', compute)).toBe(3);
    expect(calls).toBe(1);
    expect(cache.get('abc')).toBe(3);
  });

  test('remembers undefined and null answers too', () => {
    const cache = new BoundedCache<string, string | null | undefined>(10);
    let calls = 0;
    cache.getOrCompute('a', () => (calls++, undefined));
    cache.getOrCompute('a', () => (calls++, undefined));
    cache.getOrCompute('b', () => (calls++, null));
    cache.getOrCompute('b', () => (calls++, null));
    expect(calls).toBe(2);
  });

  test('holds at most maxEntries: the oldest generation makes room', () => {
    const cache = new BoundedCache<number, number>(4);
    for (let i = 0; i < 5; i++) cache.set(i, i * 10);
    expect(cache.size).toBe(3); // 2, 3 old; 4 young: 0 and 1 were dropped with their generation
    expect([0, 1, 2, 3, 4].map((k) => cache.get(k))).toEqual([undefined, undefined, 20, 30, 40]);
    for (let i = 0; i < 1000; i++) cache.set(i, i);
    expect(cache.size).toBeLessThanOrEqual(4);
  });

  test('a key in use survives: a hit in the old generation moves it to the young one', () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set('kept', 1);
    cache.set('a', 2); // young is full (2): 'kept' and 'a' become old with the next key
    cache.set('b', 3);
    expect(cache.get('kept')).toBe(1); // moved to the young generation
    cache.set('c', 4); // young full again: 'b' and 'kept' become old, 'a' is dropped
    expect([cache.get('a'), cache.get('kept'), cache.get('b'), cache.get('c')]).toEqual([undefined, 1, 3, 4]);
  });

  test('costs constant time per entry on a stream of distinct keys', () => {
    const cache = new BoundedCache<string, number>(16_384, 64);
    const started = process.hrtime.bigint();
    for (let i = 0; i < 200_000; i++) cache.getOrCompute(`key-${i}`, () => i);
    // Not a timing assertion: a bound so loose only a cache that rescans its entries could break it.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(5_000);
    expect(cache.size).toBeLessThanOrEqual(16_384);
  });

  test('setting a key it holds replaces the value and evicts nothing', () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3);
    expect([cache.get('a'), cache.get('b'), cache.size]).toEqual([3, 2, 2]);
  });

  test('never keeps a string key longer than maxKeyLength, but still answers for it', () => {
    const cache = new BoundedCache<string, number>(10, 8);
    const long = 'x'.repeat(9);
    let calls = 0;
    expect(cache.getOrCompute(long, () => (calls++, 1))).toBe(1);
    expect(cache.getOrCompute(long, () => (calls++, 1))).toBe(1);
    expect(calls).toBe(2);
    expect(cache.size).toBe(0);
    cache.set('x'.repeat(8), 2);
    expect(cache.size).toBe(1);
  });
});

describe('BoundedCache: what each generation answers', () => {
  /** A cache of 4 (two generations of 2) holding `key` = `value` in its old generation. */
  function withOld<V>(key: string, value: V): BoundedCache<string, V | undefined> {
    const cache = new BoundedCache<string, V | undefined>(4);
    cache.set(key, value);
    cache.set('filler', undefined);
    cache.set('young', undefined); // young was full: key and filler are old now
    return cache;
  }

  test('getOrCompute takes a value from the old generation without computing it', () => {
    const cache = withOld('k', 1);
    const computed: string[] = [];
    expect(cache.getOrCompute('k', (key) => (computed.push(key), 2))).toBe(1);
    expect(computed).toEqual([]);
  });

  test('the young generation answers first, also with undefined', () => {
    const cache = withOld<number>('k', 1);
    cache.set('k', undefined); // the young entry, the old one still there
    expect(cache.get('k')).toBeUndefined();
    expect(cache.getOrCompute('k', () => 2)).toBeUndefined();
  });

  test('maxKeyLength bounds string keys only (an array key has a length too)', () => {
    const cache = new BoundedCache<unknown, number>(4, 2);
    const key = [1, 2, 3];
    cache.set(key, 1);
    expect([cache.get(key), cache.size]).toEqual([1, 1]);
  });
});
