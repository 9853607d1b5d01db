import { describe, expect, it } from 'vitest';
import { utf8Checked } from '../../../src/cli/input/utf8-checked';

/** Runs `chunks` through the check; gives the chunks passed on, or the invalid byte reported. */
async function check(chunks: readonly Buffer[]): Promise<{ passed: Buffer[] } | { offset: number; byte: number }> {
  const passed: Buffer[] = [];
  async function* source(): AsyncGenerator<Buffer> {
    yield* chunks;
  }
  try {
    for await (const chunk of utf8Checked(source(), (offset, byte) => Object.assign(new Error('invalid'), { offset, byte }))) passed.push(chunk);
  } catch (error) {
    const { offset, byte } = error as { offset: number; byte: number };
    return { offset, byte };
  }
  return { passed };
}

const eAcute = Buffer.from('é'); // C3 A9
const euro = Buffer.from('€'); // E2 82 AC
const grin = Buffer.from('😀'); // F0 9F 98 80

describe('utf8Checked', () => {
  it('passes valid chunks through unchanged, also with characters split between chunks', async () => {
    const chunks = [Buffer.from('[{"a":"'), eAcute.subarray(0, 1), Buffer.concat([eAcute.subarray(1), euro.subarray(0, 1)]), euro.subarray(1, 2), Buffer.concat([euro.subarray(2), grin.subarray(0, 3)]), Buffer.concat([grin.subarray(3), Buffer.from('"}]')])];
    expect(await check(chunks)).toEqual({ passed: chunks });
  });

  it('passes empty chunks and an empty stream', async () => {
    expect(await check([])).toEqual({ passed: [] });
    expect(await check([Buffer.alloc(0), Buffer.from('a'), Buffer.alloc(0)])).toEqual({ passed: [Buffer.alloc(0), Buffer.from('a'), Buffer.alloc(0)] });
  });

  it('reports the offset in the whole stream and the value of the first invalid byte', async () => {
    expect(await check([Buffer.from('abc'), Buffer.from([0x64, 0xe9, 0x65])])).toEqual({ offset: 4, byte: 0xe9 });
    // A character split between chunks whose continuation is wrong: found once the second arrives.
    expect(await check([Buffer.from([0x61, 0xe2, 0x82]), Buffer.from([0x41])])).toEqual({ offset: 1, byte: 0xe2 });
    // A stray continuation byte at the start of a chunk.
    expect(await check([Buffer.from('ab'), Buffer.from([0x80, 0x61])])).toEqual({ offset: 2, byte: 0x80 });
  });

  it('reports a character cut short by the end of the stream', async () => {
    expect(await check([Buffer.from('ab'), grin.subarray(0, 2)])).toEqual({ offset: 2, byte: 0xf0 });
  });
});
