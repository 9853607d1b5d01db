import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import streamArray from 'stream-json/streamers/stream-array.js';
import { CliError } from '../errors';
import type { RecordInput } from '../records/task';
import { detectShape, type InputShape } from './detect-shape';
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

/**
 * Detects the shape of an input (see {@link detectShape}) and reads its records in batches, with
 * constant memory for NDJSON (line by line) and arrays (streamed by stream-json); a document is read
 * whole. A batch holds the records already available, so a slow producer's records are handled as
 * they arrive.
 *
 * @throws {CliError} While iterating, when an array or document is not valid JSON, or reading fails.
 *
 * @example
 * const { shape, batches } = await readRecords(await openInput('jobs.ndjson', process.stdin));
 * for await (const batch of batches) console.log(shape, batch.length);
 */
export async function readRecords(input: Input): Promise<Records> {
  const iterator = input.chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  const decoder = new StringDecoder('utf8');
  let text = '';
  let shape: InputShape | undefined;
  let ended = false;
  while (shape === undefined) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      text += decoder.end();
    } else {
      head.push(next.value);
      text += decoder.write(next.value);
    }
    shape = detectShape(text, ended);
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

async function* ndjsonBatches(chunks: AsyncIterable<Buffer>): AsyncGenerator<RecordInput[]> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let line = 0;
  let batch: RecordInput[] = [];
  const take = (text: string): void => {
    line += 1;
    const record = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (record.trim() !== '') batch.push({ record: line, text: record });
  };
  for await (const chunk of chunks) {
    const text = carry + decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      take(text.slice(start, end));
      start = end + 1;
      if (batch.length >= MAX_BATCH) {
        yield batch;
        batch = [];
      }
    }
    carry = text.slice(start);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  carry += decoder.end();
  if (carry !== '') take(carry);
  if (batch.length > 0) yield batch;
}

async function* arrayBatches(chunks: AsyncIterable<Buffer>): AsyncGenerator<RecordInput[]> {
  const source = Readable.from(chunks, { objectMode: false });
  // Packed values only (no streamed chunks): the fastest way to get whole elements.
  const parser = source.pipe(streamArray.withParserAsStream({ streamValues: false }));
  source.on('error', (error) => parser.destroy(error));
  let batch: RecordInput[] = [];
  try {
    for await (const item of parser as AsyncIterable<{ key: number; value: unknown }>) {
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
  const buffers: Buffer[] = [];
  for await (const chunk of chunks) buffers.push(chunk);
  const text = Buffer.concat(buffers).toString('utf8').replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidJson(error);
  }
  yield [{ record: 1, value }];
}

function invalidJson(error: unknown): unknown {
  if (error instanceof CliError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new CliError(`the input is not valid JSON, NDJSON or a JSON array: ${reason}`);
}
