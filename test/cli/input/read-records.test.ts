import { describe, expect, it } from 'vitest';
import { isCliError } from '../../../src/cli/errors';
import type { Input } from '../../../src/cli/input/open-input';
import { readRecords } from '../../../src/cli/input/read-records';
import { DEFAULT_MAX_RECORD_BYTES as LIMIT } from '../../../src/cli/input/record-limit';
import type { RecordInput } from '../../../src/cli/records/task';

// The reader on its own, with inputs cut into chunks exactly where a test wants them.

/** An input made of these chunks, in order, each arriving in a turn of the event loop of its own, as from a file or a pipe. */
function input(...chunks: readonly (string | Buffer)[]): Input {
  let bytes = 0;
  async function* generate(): AsyncGenerator<Buffer> {
    for (const chunk of chunks) {
      await new Promise(setImmediate);
      const buffer = Buffer.from(chunk);
      bytes += buffer.length;
      yield buffer;
    }
  }
  return { name: '-', size: undefined, chunks: generate(), bytesRead: () => bytes, reread: undefined };
}

/** The shape, the records (in batches) and how the reading ended. */
async function read(...chunks: readonly (string | Buffer)[]): Promise<{ shape: string; batches: RecordInput[][]; error?: string }> {
  return readWithLimit(LIMIT, ...chunks);
}

/** {@link read} with another limit per record (`--max-record-size`). */
async function readWithLimit(limit: number, ...chunks: readonly (string | Buffer)[]): Promise<{ shape: string; batches: RecordInput[][]; error?: string }> {
  const { shape, batches } = await readRecords(input(...chunks), limit);
  const all: RecordInput[][] = [];
  try {
    for await (const batch of batches) all.push(batch);
  } catch (error) {
    if (!isCliError(error)) throw error;
    return { shape, batches: all, error: error.message };
  }
  return { shape, batches: all };
}

const tooLarge = (record: number, bytes: number, limit = LIMIT): RecordInput => ({
  record,
  issue: {
    code: 'too_large',
    severity: 'error',
    path: [],
    message: `the record is ${bytes} bytes long; the CLI reads at most ${limit} bytes of one record (--max-record-size), so it was not read: split the payload or shorten its values.`,
  },
});

const notUtf8 = (record: number, detail: string): RecordInput => ({
  record,
  issue: { code: 'invalid_json', severity: 'error', path: [], message: `the line is not valid UTF-8: ${detail} of the line is not part of a valid character.` },
});

describe('readRecords: NDJSON', () => {
  it('numbers records by line, skips blank lines, strips a first-line BOM, keeps CR for JSON.parse', async () => {
    expect(await read('\uFEFF{"a":1}\r\n\n  \n[2]\n', '"x"')).toEqual({
      shape: 'ndjson',
      batches: [[{ record: 1, text: '{"a":1}\r' }, { record: 4, text: '[2]' }], [{ record: 5, text: '"x"' }]],
    });
  });

  it('joins a line split over chunks, also inside a multi-byte character', async () => {
    const line = Buffer.from('{"t":"€"}\n');
    expect(await read('{"a":1}\n', line.subarray(0, 7), line.subarray(7))).toEqual({
      shape: 'ndjson',
      batches: [[{ record: 1, text: '{"a":1}' }], [{ record: 2, text: '{"t":"€"}' }]],
    });
  });

  it('waits for the end of a first line spread over chunks before deciding', async () => {
    expect(await read('  {"a":', '[1,', '2]}', '\n{"b":', '3}')).toEqual({
      shape: 'ndjson',
      batches: [[{ record: 1, text: '  {"a":[1,2]}' }], [{ record: 2, text: '{"b":3}' }]],
    });
  });

  it('cuts batches at 256 records, however many lines a chunk holds', async () => {
    const { batches } = await read('1\n'.repeat(600));
    expect(batches.map((batch) => batch.length)).toEqual([256, 256, 88]);
    expect(batches.at(-1)?.at(-1)).toEqual({ record: 600, text: '1' });
  });

  it('reads a last line without a newline, even one cut short', async () => {
    expect((await read('1\n', '{"a":')).batches).toEqual([[{ record: 1, text: '1' }], [{ record: 2, text: '{"a":' }]]);
  });

  it('fails a line that is not UTF-8 with invalid_json, naming the byte, and goes on', async () => {
    expect((await read('1\n', Buffer.from([0x22, 0x43, 0xe9, 0x22, 0x0a]), '3\n')).batches).toEqual([
      [{ record: 1, text: '1' }],
      [notUtf8(2, 'byte 3 (0xE9)')],
      [{ record: 3, text: '3' }],
    ]);
  });

  describe(`a line over ${LIMIT} bytes`, () => {
    const big = 'x'.repeat(LIMIT);

    it('is a too_large record, in one chunk or many, and the lines after it are read', async () => {
      expect((await read(`1\n"${big}"\n2\n`)).batches).toEqual([[{ record: 1, text: '1' }, tooLarge(2, LIMIT + 2), { record: 3, text: '2' }]]);
      const pieces = Array.from({ length: 8 }, () => 'x'.repeat(LIMIT / 4));
      expect((await read('1\n"', ...pieces, '"\n2')).batches).toEqual([[{ record: 1, text: '1' }], [tooLarge(2, 2 * LIMIT + 2)], [{ record: 3, text: '2' }]]);
    });

    it('as the last line, without a newline, is a too_large record too', async () => {
      expect((await read('1\n', `"${big}`, 'x"')).batches).toEqual([[{ record: 1, text: '1' }], [tooLarge(2, LIMIT + 3)]]);
    });

    it('as the first line makes the input NDJSON, as a first line that is JSON would', async () => {
      expect(await read(`{"a":"${big}`, '"}\n2\n')).toEqual({ shape: 'ndjson', batches: [[tooLarge(1, LIMIT + 8), { record: 2, text: '2' }]] });
    });

    it('is read whole just under the limit', async () => {
      const text = `"${'y'.repeat(LIMIT - 2)}"`;
      const { batches } = await read('1\n', text, '\n');
      expect(batches.flat().map((r) => ('text' in r ? r.text.length : r))).toEqual([1, LIMIT]);
    });
  });

  it('takes the limit it is given: a line of 1025 bytes is too large for 1 KiB, one of 1024 is read', async () => {
    const line = (bytes: number): string => `"${'z'.repeat(bytes - 2)}"`;
    expect((await readWithLimit(1024, `${line(1025)}\n${line(1024)}\n`)).batches).toEqual([[tooLarge(1, 1025, 1024), { record: 2, text: line(1024) }]]);
  });

  it('takes blank input over the limit as an empty NDJSON stream, without holding it all', async () => {
    // Five chunks of 4 MiB, each of 4096 lines of 1023 spaces.
    const blanks = Array.from({ length: 5 }, () => `${' '.repeat(1023)}\n`.repeat(4096));
    expect(await read(...blanks, '{"a":1}\n')).toEqual({ shape: 'ndjson', batches: [[{ record: 5 * 4096 + 1, text: '{"a":1}' }]] });
  });
});

describe('readRecords: arrays', () => {
  it('streams the elements, numbered from 1, whatever the chunks', async () => {
    const { shape, batches } = await read('  [{"a":', '1},', ' 2, "€"]');
    expect(shape).toBe('array');
    expect(batches.flat()).toEqual([
      { record: 1, value: { a: 1 } },
      { record: 2, value: 2 },
      { record: 3, value: '€' },
    ]);
  });

  it('stops with a CliError at invalid JSON, after the elements of the chunks before it, saying in which bytes and lines it breaks', async () => {
    const { batches, error } = await read('[1, 2, ', '{"a":\n ]');
    expect(batches.flat()).toEqual([
      { record: 1, value: 1 },
      { record: 2, value: 2 },
    ]);
    expect(error).toBe("the JSON array breaks between bytes 8 and 15 (lines 1 to 2): unexpected token ']'");
  });

  it('locates the break exactly when the input can be read again (a file)', async () => {
    const chunks = ['[1, "caf\u00e9",\n', ' 2 3]'];
    const { batches, error } = await readRecords({ ...input(...chunks), reread: async function* () { yield* chunks.map((chunk) => Buffer.from(chunk)); } }, LIMIT).then(async (records) => {
      const all: RecordInput[] = [];
      try {
        for await (const batch of records.batches) all.push(...batch);
      } catch (caught) {
        return { batches: all, error: (caught as Error).message };
      }
      return { batches: all, error: undefined };
    });
    expect(batches).toEqual([{ record: 1, value: 1 }, { record: 2, value: 'café' }]);
    expect(error).toBe("the JSON array breaks at byte 17 (line 2, column 4): expected ','");
  });

  it('says where an array cut short ends, and how many elements it read', async () => {
    const { batches, error } = await read('[1,\n', '{"a": [2');
    expect(batches.flat()).toEqual([{ record: 1, value: 1 }]);
    expect(error).toBe('the JSON array is cut short: the input ends after byte 12 (line 2) before the array\'s closing "]" (expected \',\'; 1 element read)');
  });

  it('reads a last element that only the end of the input completes, and a BOM before the array', async () => {
    expect((await read('\uFEFF[1, ', '2]')).batches.flat()).toEqual([
      { record: 1, value: 1 },
      { record: 2, value: 2 },
    ]);
  });

  it('cuts batches at 256 elements, however many a chunk completes', async () => {
    const { batches } = await read(`[${Array.from({ length: 600 }, (_, i) => i).join(',')}]`);
    expect(batches.map((batch) => batch.length)).toEqual([256, 256, 88]);
    expect(batches.at(-1)?.at(-1)).toEqual({ record: 600, value: 599 });
  });

  it('stops with a CliError at the first byte that is not UTF-8, counted in the whole input', async () => {
    expect((await read('[1,', Buffer.from([0x22, 0xe9, 0x22, 0x5d]))).error).toBe('the input is not valid UTF-8: byte 5 (0xE9) of the input is not part of a valid character');
  });

  it(`stops with a CliError at an element over ${LIMIT} bytes, which it cannot skip`, async () => {
    const pieces = Array.from({ length: 20 }, () => 'x'.repeat(LIMIT / 16));
    const { batches, error } = await read('[1, "', ...pieces, '"]');
    expect(batches.flat()).toEqual([{ record: 1, value: 1 }]);
    expect(error).toBe(
      `element 2 of the array is over ${LIMIT} bytes, the most the CLI reads for one record (--max-record-size); a streamed array cannot skip it (as NDJSON, it would be one failed record, code too_large)`,
    );
  });

  it('never stops at an element under the limit, however many elements wait to be consumed', async () => {
    // 40 elements of 60 KiB in 40 chunks, with a 64 KiB limit: the bytes since the last element
    // consumed grow far past the limit while the reader is not consumed, but each element is under it.
    const element = `"${'e'.repeat(60 * 1024)}"`;
    const { shape, batches } = await readRecords(input('[', ...Array.from({ length: 40 }, (_, i) => `${i === 0 ? '' : ','}${element}`), ']'), 64 * 1024);
    expect(shape).toBe('array');
    let count = 0;
    for await (const batch of batches) {
      count += batch.length;
      await new Promise((resolve) => setTimeout(resolve, 2)); // a slow consumer: the workers are busy
    }
    expect(count).toBe(40);
  });
});

describe('readRecords: documents', () => {
  it('reads a multi-line document whole, without its BOM', async () => {
    expect(await read('\uFEFF{\n  "a": ', '[1, "€"]\n}\n')).toEqual({ shape: 'document', batches: [[{ record: 1, value: { a: [1, '€'] } }]] });
  });

  it('stops with a CliError when it is not JSON', async () => {
    expect((await read('{\n  "a": }')).error).toMatch(/^the input is not valid JSON, NDJSON or a JSON array: .+/);
  });

  it('stops with a CliError when it is not UTF-8', async () => {
    expect((await read('{\n  "a": "', Buffer.from([0xff]), '"\n}')).error).toBe('the input is not valid UTF-8: byte 11 (0xFF) of the input is not part of a valid character');
  });

  it(`fails a document over ${LIMIT} bytes as one too_large record, counting all of it`, async () => {
    const pieces = Array.from({ length: 5 }, () => 'x'.repeat(LIMIT / 4));
    expect(await read('{\n  "a": "', ...pieces, '"\n}\n')).toEqual({ shape: 'document', batches: [[tooLarge(1, 5 * (LIMIT / 4) + 14)]] });
  });
});
