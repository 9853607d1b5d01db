import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8Byte } from './invalid-utf8';

/**
 * Passes `chunks` through unchanged while checking that together they are valid UTF-8, also across
 * chunk boundaries (a character split between two chunks is checked once both have arrived).
 * Constant memory: at most three bytes of an unfinished character are kept.
 *
 * @param chunks - The bytes, in order.
 * @param invalid - Builds the error thrown at the first invalid byte, from its offset in the whole
 *   stream and its value.
 * @throws The error `invalid` returns, before yielding the chunk that holds the invalid byte (or at
 *   the end, for a character cut short by it).
 *
 * @example
 * for await (const chunk of utf8Checked(input.chunks, (offset) => new CliError(`invalid byte at ${offset}`))) parser.write(chunk);
 */
export async function* utf8Checked(chunks: AsyncIterable<Buffer>, invalid: (offset: number, byte: number) => Error): AsyncGenerator<Buffer> {
  let carried = Buffer.alloc(0);
  let checked = 0;
  for await (const chunk of chunks) {
    const bytes = carried.length === 0 ? chunk : Buffer.concat([carried, chunk]);
    const complete = completeLength(bytes);
    const body = bytes.subarray(0, complete);
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8Byte(body);
      throw invalid(checked + at, body.readUInt8(at));
    }
    checked += complete;
    carried = Buffer.from(bytes.subarray(complete));
    yield chunk;
  }
  if (carried.length > 0) throw invalid(checked, carried.readUInt8(0));
}

/** The length of `bytes` without a character cut short at its end (its first one to three bytes). */
function completeLength(bytes: Buffer): number {
  // Back over continuation bytes (10xxxxxx) to the byte that starts the last character.
  if (bytes.length === 0) return 0;
  let start = bytes.length - 1;
  while (start > bytes.length - 4 && start > 0 && (bytes.readUInt8(start) & 0xc0) === 0x80) start -= 1;
  const lead = bytes.readUInt8(start);
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return start + needed > bytes.length ? start : bytes.length;
}
