import { StringDecoder } from 'node:string_decoder';
import { none } from 'stream-chain/defs.js';
import { jsonVerifier, type VerifierError } from 'stream-json/core/utils/verifier.js';

/** Where JSON text breaks and why. */
export interface JsonErrorPosition {
  /** 1-based offset of the byte where the text breaks; one past the last byte when it ends early. */
  readonly byte: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in that line, in characters. */
  readonly column: number;
  /** What the verifier expected, e.g. `expected ','` or `expected a value`. */
  readonly reason: string;
}

/**
 * Finds where JSON text stops being valid JSON, with stream-json's verifier, which tracks lines
 * and columns (its offsets count characters; this turns them into bytes). `undefined` when the text
 * is valid. Reads the bytes once, with constant memory; they must be valid UTF-8 (checked before).
 *
 * @param chunks - The JSON text, as bytes.
 *
 * @example
 * await locateJsonError([Buffer.from('[1,\n 2 3]')]); // { byte: 8, line: 2, column: 4, reason: "expected ','" }
 */
export async function locateJsonError(chunks: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<JsonErrorPosition | undefined> {
  const verify = jsonVerifier();
  const decoder = new StringDecoder('utf8');
  // The text of the last pieces fed, with the character and byte offsets where each starts: the
  // verifier holds back an unfinished token (a few characters) and may report an error at its start.
  let pieces: { readonly text: string; readonly chars: number; readonly bytes: number }[] = [];
  let chars = 0;
  let bytes = 0;
  const feed = (text: string): void => {
    pieces.push({ text, chars, bytes });
    // Keep what covers the last HELD_BACK characters before this piece.
    while (pieces.length > 2 && (pieces[1] as { chars: number }).chars <= chars - HELD_BACK) pieces = pieces.slice(1);
    chars += text.length;
    bytes += Buffer.byteLength(text);
    verify(text);
  };
  try {
    for await (const chunk of chunks) {
      const text = decoder.write(chunk);
      // The raw verifier has no byte-order-mark front: a leading one is skipped, as the parsers do.
      if (bytes === 0 && text.charCodeAt(0) === 0xfeff) {
        bytes = 3;
        feed(text.slice(1));
      } else {
        feed(text);
      }
    }
    feed(decoder.end());
    // A flushable is flushed by calling it with `none` (stream-chain's protocol, not in its types).
    (verify as (text: string | typeof none) => unknown)(none);
  } catch (error) {
    const { offset, line, pos, message } = error as VerifierError;
    const at = pieces.findLast((piece) => piece.chars <= offset) ?? (pieces[0] as (typeof pieces)[number]);
    const byte = offset >= chars ? bytes + 1 : at.bytes + Buffer.byteLength(at.text.slice(0, Math.max(0, offset - at.chars))) + 1;
    const reason = message.replace(/^ERROR at \d+ \(\d+, \d+\): /, '').replace(/^Verifier (cannot parse input: |has )/, '');
    return { byte, line, column: pos, reason };
  }
  return undefined;
}

/** Characters of text kept before the current piece: far more than the verifier holds back. */
const HELD_BACK = 4096;
