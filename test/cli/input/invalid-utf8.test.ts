import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Byte } from '../../../src/cli/input/invalid-utf8';

const bytes = (...values: number[]): Buffer => Buffer.from(values);

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['ASCII', Buffer.from('{"a":1}')],
    ['two-, three- and four-byte characters', Buffer.from('é€😀')],
    ['a real U+FFFD', Buffer.from('a\uFFFDb')],
    ['nothing', Buffer.alloc(0)],
  ])('is -1 for valid UTF-8: %s', (_name, input) => {
    expect(firstInvalidUtf8Byte(input)).toBe(-1);
  });

  it.each([
    ['a Latin-1 é among ASCII', bytes(0x43, 0x61, 0x66, 0xe9, 0x22), 3],
    ['a stray continuation byte', bytes(0x61, 0x80), 1],
    ['an overlong "/" (C0 AF)', bytes(0x61, 0x62, 0xc0, 0xaf), 2],
    ['an encoded surrogate (ED A0 80)', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point over U+10FFFF (F4 90 80 80)', bytes(0x20, 0xf4, 0x90, 0x80, 0x80), 1],
    ['a character cut short by the end', bytes(0x61, 0xe2, 0x82), 1],
    ['0xFF', bytes(0xff), 0],
    ['an invalid byte after real U+FFFD characters and multi-byte ones', Buffer.concat([Buffer.from('\uFFFD€\uFFFDé'), bytes(0xe9)]), 11],
  ])('gives the offset of the first invalid byte: %s', (_name, input, offset) => {
    expect(isUtf8(input)).toBe(false);
    expect(firstInvalidUtf8Byte(input)).toBe(offset);
    expect(isUtf8(input.subarray(0, offset))).toBe(true);
  });

  it('stays linear with a million real U+FFFD characters before the invalid byte', () => {
    const input = Buffer.concat([Buffer.from('\uFFFD'.repeat(1_000_000)), bytes(0x80)]);
    const started = performance.now();
    expect(firstInvalidUtf8Byte(input)).toBe(3_000_000);
    // Quadratic work here would take minutes; linear work takes milliseconds even on a loaded machine.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
