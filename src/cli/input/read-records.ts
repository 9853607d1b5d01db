import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import streamArray from 'stream-json/streamers/stream-array.js';
import { CliError } from '../errors';
import type { RecordIssue } from '../records/record-issue';
import type { RecordInput } from '../records/task';
import { detectShape, type InputShape } from './detect-shape';
import { firstInvalidUtf8Byte } from './invalid-utf8';
import type { Input } from './open-input';
import { MAX_RECORD_BYTES } from './record-limit';
import { utf8Checked } from './utf8-checked';

/** The records of an input, in batches, with the shape they were found in. */
export interface Records {
  /** The detected shape; the output is written in the same shape. */
  readonly shape: InputShape;
  /** Batches of records in input order; iterated once. Throws {@link CliError} on invalid JSON (exit 2). */
  readonly batches: AsyncIterable<RecordInput[]>;
}

/** Most records in one batch: bounds memory and keeps worker messages small. */
const MAX_BATCH = 256;

/** Nothing but whitespace and byte-order marks, as {@link detectShape} sees blanks. */
const BLANK = /^[\s\uFEFF]*$/;

/**
 * Detects the shape of an input (see {@link detectShape}) and reads its records in batches, with
 * constant memory for NDJSON (line by line) and arrays (streamed by stream-json); a document is read
 * whole. A batch holds the records already available, so a slow producer's records are handled as
 * they arrive.
 *
 * Hostile input stays cheap: no record over {@link MAX_RECORD_BYTES} is kept in memory (an NDJSON
 * line or a document over it is a `too_large` record; a first line over it makes the input NDJSON),
 * and every byte is checked to be UTF-8 (an NDJSON line that is not is an `invalid_json` record; an
 * array or a document that is not ends the run). Each byte is looked at a bounded number of times,
 * whatever the line lengths.
 *
 * @throws {CliError} While iterating, when an array or document is not valid JSON or not UTF-8, an
 * array element is over {@link MAX_RECORD_BYTES}, or reading fails.
 *
 * @example
 * const { shape, batches } = await readRecords(await openInput('jobs.ndjson', process.stdin));
 * for await (const batch of batches) console.log(shape, batch.length);
 */
export async function readRecords(input: Input): Promise<Records> {
  const iterator = input.chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  const decoder = new StringDecoder('utf8');
  let text = '';
  let blank = true;
  let shape: InputShape | undefined;
  let ended = false;
  while (shape === undefined) {
    const next = await iterator.next();
    let piece: string;
    if (next.done === true) {
      ended = true;
      piece = decoder.end();
    } else {
      head.push(next.value);
      headBytes += next.value.length;
      piece = decoder.write(next.value);
    }
    text += piece;
    const wasBlank = blank;
    blank &&= BLANK.test(piece);
    // The shape can only change when the first non-blank character or a line end arrives: deciding
    // then, not at every chunk, keeps a long first line from being scanned over and over.
    if (ended || (!blank && (wasBlank || piece.includes('\n')))) shape = detectShape(text, ended);
    // A first line over the record limit cannot be read whole: it is taken as one NDJSON record,
    // too large (a document is read whole too, and would fail the same way).
    if (shape === undefined && headBytes > MAX_RECORD_BYTES) shape = 'ndjson';
  }
  const chunks = replay(head, ended ? undefined : iterator);
  if (shape === 'ndjson') return { shape, batches: ndjsonBatches(chunks) };
  if (shape === 'array') return { shape, batches: arrayBatches(chunks) };
  return { shape, batches: documentBatch(chunks) };
}

async function* replay(head: readonly Buffer[], rest: AsyncIterator<Buffer> | undefined): AsyncGenerator<Buffer> {
  yield* head;
  if (rest === undefined) return;
  try {
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
  } finally {
    // Stopped early (invalid JSON…): release the file or stdin.
    await rest.return?.();
  }
}

/**
 * NDJSON, split on the byte 0x0A (never part of a multi-byte UTF-8 character), so a line is only
 * decoded once it is complete, and a line over the limit is counted but never kept.
 */
async function* ndjsonBatches(chunks: AsyncIterable<Buffer>): AsyncGenerator<RecordInput[]> {
  let line = 0;
  let batch: RecordInput[] = [];
  // The current line's bytes so far (none kept once it is over the limit), and their count.
  let parts: Buffer[] = [];
  let size = 0;
  const take = (last: Buffer): void => {
    line += 1;
    const bytes = size + last.length;
    if (bytes > MAX_RECORD_BYTES) batch.push({ record: line, issue: tooLarge(bytes) });
    else {
      const record = readLine(line, parts.length === 0 ? last : Buffer.concat([...parts, last]));
      if (record !== undefined) batch.push(record);
    }
    parts = [];
    size = 0;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      if (end === start && size === 0) line += 1; // an empty line, counted without a look
      else take(chunk.subarray(start, end));
      start = end + 1;
      if (batch.length >= MAX_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (start < chunk.length) {
      size += chunk.length - start;
      if (size > MAX_RECORD_BYTES) parts = [];
      else parts.push(chunk.subarray(start));
    }
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  // The last line, without a final newline (possibly cut short: it then fails as invalid JSON).
  if (size > 0) take(Buffer.alloc(0));
  if (batch.length > 0) yield batch;
}

/** One NDJSON line as a record: its text, an `invalid_json` issue when it is not UTF-8, or `undefined` when blank. */
function readLine(line: number, bytes: Buffer): RecordInput | undefined {
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8Byte(bytes);
    return { record: line, issue: { code: 'invalid_json', severity: 'error', path: [], message: `the line is not valid UTF-8: ${invalidByte(bytes, at)} of the line is not part of a valid character.` } };
  }
  const text = bytes.toString('utf8');
  const record = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return record.trim() === '' ? undefined : { record: line, text: record };
}

async function* arrayBatches(chunks: AsyncIterable<Buffer>): AsyncGenerator<RecordInput[]> {
  let fed = 0;
  let fedAtElement = 0;
  let elements = 0;
  // Bytes go to the parser only while the element being parsed is within the limit; the parser
  // keeps an element whole until it ends, so one larger element would hold that many bytes.
  async function* guarded(): AsyncGenerator<Buffer> {
    for await (const chunk of utf8Checked(chunks, (offset, byte) => new CliError(`the input is not valid UTF-8: ${describeByte(offset, byte)} of the input is not part of a valid character`))) {
      if (fed - fedAtElement > MAX_RECORD_BYTES) {
        const element = elements + parser.readableLength + 1;
        throw new CliError(`element ${element} of the array is over ${MAX_RECORD_BYTES} bytes, the most the CLI reads for one record; a streamed array cannot skip it (as NDJSON, it would be one failed record, code too_large)`);
      }
      fed += chunk.length;
      yield chunk;
    }
  }
  const source = Readable.from(guarded(), { objectMode: false });
  // Packed values only (no streamed chunks): the fastest way to get whole elements.
  const parser = source.pipe(streamArray.withParserAsStream({ streamValues: false }));
  source.on('error', (error) => parser.destroy(error));
  let batch: RecordInput[] = [];
  try {
    for await (const item of parser as AsyncIterable<{ key: number; value: unknown }>) {
      elements += 1;
      fedAtElement = fed;
      batch.push({ record: item.key + 1, value: item.value });
      if (batch.length >= MAX_BATCH || parser.readableLength === 0) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    throw invalidJson(error);
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (batch.length > 0) yield batch;
}

async function* documentBatch(chunks: AsyncIterable<Buffer>): AsyncGenerator<RecordInput[]> {
  let buffers: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    // Over the limit, the rest is only counted (for the message), not kept.
    if (bytes <= MAX_RECORD_BYTES) buffers.push(chunk);
    else buffers = [];
  }
  if (bytes > MAX_RECORD_BYTES) {
    yield [{ record: 1, issue: tooLarge(bytes) }];
    return;
  }
  const buffer = Buffer.concat(buffers);
  if (!isUtf8(buffer)) {
    const at = firstInvalidUtf8Byte(buffer);
    throw new CliError(`the input is not valid UTF-8: ${invalidByte(buffer, at)} of the input is not part of a valid character`);
  }
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidJson(error);
  }
  yield [{ record: 1, value }];
}

/** The `too_large` issue of a record over {@link MAX_RECORD_BYTES}, which was not read. */
function tooLarge(bytes: number): RecordIssue {
  return {
    code: 'too_large',
    severity: 'error',
    path: [],
    message: `the record is ${bytes} bytes long; the CLI reads at most ${MAX_RECORD_BYTES} bytes of one record, so it was not read: split the payload or shorten its values.`,
  };
}

/** `byte 18 (0xE9)`: a 1-based position and the byte's value. */
function invalidByte(bytes: Buffer, at: number): string {
  return describeByte(at, bytes.readUInt8(at));
}

function describeByte(offset: number, byte: number): string {
  return `byte ${offset + 1} (0x${byte.toString(16).toUpperCase().padStart(2, '0')})`;
}

function invalidJson(error: unknown): unknown {
  if (error instanceof CliError) return error;
  // JSON.parse and stream-json throw Errors whose message says where the JSON breaks.
  return new CliError(`the input is not valid JSON, NDJSON or a JSON array: ${(error as Error).message}`);
}
