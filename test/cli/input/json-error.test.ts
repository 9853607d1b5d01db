import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../src/cli/input/json-error';

const chunks = (...parts: (string | number[])[]): Buffer[] => parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part)));

describe('locateJsonError', () => {
  it('is undefined for valid JSON', async () => {
    expect(await locateJsonError(chunks('[1,\n', ' {"a": "é"}]\n'))).toBeUndefined();
  });

  it('gives the byte, line and column where the syntax breaks, and why', async () => {
    expect(await locateJsonError(chunks('[1,\n 2 3]'))).toEqual({ byte: 8, line: 2, column: 4, reason: "expected ','" });
    expect(await locateJsonError(chunks('{"a" 1}'))).toEqual({ byte: 6, line: 1, column: 6, reason: "expected ':'" });
  });

  it('counts bytes, not characters: multi-byte characters before the break, also split across chunks', async () => {
    // "é€" is 2 + 3 bytes but 2 characters; the break is the 2 after it.
    const text = Buffer.from('["é€" 2]');
    expect(await locateJsonError([text.subarray(0, 4), text.subarray(4)])).toEqual({ byte: 10, line: 1, column: 7, reason: "expected ','" });
  });

  it('gives one past the last byte when the text ends early', async () => {
    expect(await locateJsonError(chunks('[1,\n', '2,'))).toEqual({ byte: 7, line: 2, column: 3, reason: 'expected a value' });
  });

  it('skips a leading byte-order mark, counting its three bytes', async () => {
    expect(await locateJsonError(chunks('\uFEFF[1 2]'))).toEqual({ byte: 7, line: 1, column: 4, reason: "expected ','" });
  });

  it('finds a break that the tokenizer held back across a chunk boundary', async () => {
    expect(await locateJsonError(chunks('[12', '34 5]'))).toEqual({ byte: 7, line: 1, column: 7, reason: "expected ','" });
    // The literal starts in the first chunk ("é" before it is two bytes) and breaks in the second.
    expect(await locateJsonError(chunks('["é", tru', 'x]'))).toEqual({ byte: 8, line: 1, column: 7, reason: 'expected a value' });
  });
});
