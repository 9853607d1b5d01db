import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { CliError } from '../errors';
import type { RecordIssue } from '../records/record-issue';
import type { RecordInput } from '../records/task';
import { arrayBatches } from './array-batches';
import { detectShape, type InputShape } from './detect-shape';
import { firstInvalidUtf8Byte } from './invalid-utf8';
import { locateJsonError } from './json-error';
import type { Input } from './open-input';

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
 * Hostile input stays cheap: no record over `maxRecordBytes` is kept in memory (an NDJSON line or a
 * document over it is a `too_large` record; a first line over it makes the input NDJSON),
 * and every byte is checked to be UTF-8 (an NDJSON line that is not is an `invalid_json` record; an
 * array or a document that is not ends the run). Each byte is looked at a bounded number of times,
 * whatever the line lengths.
 *
 * @param maxRecordBytes - Most bytes of one record (`--max-record-size`).
 * @throws {CliError} While iterating, when an array or document is not valid JSON (the message
 * says where it breaks) or not UTF-8, an array element is over `maxRecordBytes`, or reading fails.
 *
 * @example
 * const { shape, batches } = await readRecords(await openInput('jobs.ndjson', process.stdin), 1 << 20);
 * for await (const batch of batches) console.log(shape, batch.length);
 */
export async function readRecords(input: Input, maxRecordBytes: number): Promise<Records> {
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
    if (shape === undefined && headBytes > maxRecordBytes) shape = 'ndjson';
  }
  const chunks = replay(head, ended ? undefined : iterator);
  if (shape === 'ndjson') return { shape, batches: ndjsonBatches(chunks, maxRecordBytes) };
  if (shape === 'array') return { shape, batches: arrayBatches(chunks, { maxRecordBytes, maxBatch: MAX_BATCH, reread: input.reread }) };
  return { shape, batches: documentBatch(chunks, maxRecordBytes) };
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
async function* ndjsonBatches(chunks: AsyncIterable<Buffer>, maxRecordBytes: number): AsyncGenerator<RecordInput[]> {
  let line = 0;
  let batch: RecordInput[] = [];
  // The current line's bytes so far (none kept once it is over the limit), and their count.
  let parts: Buffer[] = [];
  let size = 0;
  const take = (last: Buffer): void => {
    line += 1;
    const bytes = size + last.length;
    if (bytes > maxRecordBytes) batch.push({ record: line, issue: tooLarge(bytes, maxRecordBytes) });
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
      if (size > maxRecordBytes) parts = [];
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

async function* documentBatch(chunks: AsyncIterable<Buffer>, maxRecordBytes: number): AsyncGenerator<RecordInput[]> {
  let buffers: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    // Over the limit, the rest is only counted (for the message), not kept.
    if (bytes <= maxRecordBytes) buffers.push(chunk);
    else buffers = [];
  }
  if (bytes > maxRecordBytes) {
    yield [{ record: 1, issue: tooLarge(bytes, maxRecordBytes) }];
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
    // JSON.parse's messages do not always say where; the verifier does.
    const at = await locateJsonError([buffer]);
    throw new CliError(`the input is not valid JSON, NDJSON or a JSON array: ${at === undefined ? (error as Error).message : `${at.reason} at byte ${at.byte} (line ${at.line}, column ${at.column})`}`);
  }
  yield [{ record: 1, value }];
}

/** The `too_large` issue of a record over `maxRecordBytes`, which was not read. */
function tooLarge(bytes: number, maxRecordBytes: number): RecordIssue {
  return {
    code: 'too_large',
    severity: 'error',
    path: [],
    message: `the record is ${bytes} bytes long; the CLI reads at most ${maxRecordBytes} bytes of one record (--max-record-size), so it was not read: split the payload or shorten its values.`,
  };
}

/** `byte 18 (0xE9)`: a 1-based position and the byte's value. */
function invalidByte(bytes: Buffer, at: number): string {
  return `byte ${at + 1} (0x${bytes.readUInt8(at).toString(16).toUpperCase().padStart(2, '0')})`;
}
