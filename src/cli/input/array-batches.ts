import { StringDecoder } from 'node:string_decoder';
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import { jsonParser } from 'stream-json/core/parser.js';
import { streamArray, type StreamArrayItem } from 'stream-json/core/streamers/stream-array.js';
import { CliError } from '../errors';
import type { RecordInput } from '../records/task';
import { locateJsonError } from './json-error';
import { utf8Checked } from './utf8-checked';

/** How a JSON array is read. */
export interface ArrayReading {
  /** Most bytes of one element (`--max-record-size`). */
  readonly maxRecordBytes: number;
  /** Most records in one batch. */
  readonly maxBatch: number;
  /** Reads the input again from its start, when it can be (a regular file): to locate a syntax error exactly. */
  readonly reread: (() => AsyncIterable<Buffer>) | undefined;
}

/**
 * The elements of a JSON array, in batches, read with constant memory by stream-json's tokenizer
 * and array streamer, driven chunk by chunk in this thread. Each batch holds the elements
 * completed so far (at most `maxBatch`), so a slow producer's records are handled as they arrive.
 *
 * An element is never held past `maxRecordBytes` (plus at most one input chunk, as bytes are
 * counted per chunk): the run stops there, because a streamed array cannot skip one element. Text
 * that breaks the array ends the run with its position: the byte and line where the input ends
 * early, or where the syntax breaks (exactly when the input can be read again, otherwise the chunk
 * it is in).
 *
 * @throws {CliError} While iterating, when the array is not valid JSON or not UTF-8, or an element
 * is over `maxRecordBytes`.
 *
 * @example
 * for await (const batch of arrayBatches(input.chunks, { maxRecordBytes: 1 << 20, maxBatch: 256, reread: undefined })) console.log(batch.length);
 */
export async function* arrayBatches(chunks: AsyncIterable<Buffer>, reading: ArrayReading): AsyncGenerator<RecordInput[]> {
  const tokenize = jsonParser({ streamValues: false });
  const elements = streamArray();
  const decoder = new StringDecoder('utf8');
  let batch: RecordInput[] = [];
  let read = 0;
  // Bytes given to the tokenizer, and how many of them when the last element was completed.
  let fed = 0;
  let fedAtElement = 0;
  let lines = 1;
  const take = (item: StreamArrayItem): void => {
    batch.push({ record: item.key + 1, value: item.value });
    read += 1;
    fedAtElement = fed;
  };
  const feed = (text: string | typeof none): void => {
    // A flushable is flushed by calling it with `none` (stream-chain's protocol, not in its types).
    const tokens = (tokenize as (text: string | typeof none) => ReturnType<typeof tokenize>)(text);
    if (tokens === none) return;
    for (const token of getManyValues(tokens)) {
      const out = elements(token);
      if (out === none) continue;
      if (isMany(out)) for (const item of getManyValues(out)) take(item);
      else take(out);
    }
  };
  const checked = utf8Checked(chunks, (offset, byte) => new CliError(`the input is not valid UTF-8: byte ${offset + 1} (0x${byte.toString(16).toUpperCase().padStart(2, '0')}) of the input is not part of a valid character`));
  for await (const chunk of checked) {
    if (fed - fedAtElement > reading.maxRecordBytes) {
      throw new CliError(
        `element ${read + 1} of the array is over ${reading.maxRecordBytes} bytes, the most the CLI reads for one record (--max-record-size); a streamed array cannot skip it (as NDJSON, it would be one failed record, code too_large)`,
      );
    }
    const from = { byte: fed + 1, line: lines };
    fed += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
    const text = decoder.write(chunk);
    try {
      // The tokenizer has no byte-order-mark front: a leading one is skipped here.
      feed(from.byte === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      throw await brokenAt(error, reading, `between bytes ${from.byte} and ${fed} (lines ${from.line} to ${lines})`);
    }
    const completed = batch;
    batch = [];
    for (let start = 0; start < completed.length; start += reading.maxBatch) yield completed.slice(start, start + reading.maxBatch);
  }
  try {
    feed(decoder.end());
    feed(none);
  } catch (error) {
    throw new CliError(`the JSON array is cut short: the input ends after byte ${fed} (line ${lines}) before the array's closing "]" (${reason(error)}; ${read} element${read === 1 ? '' : 's'} read)`);
  }
  if (batch.length > 0) yield batch;
}

/** The error for text that breaks the array midway: where exactly, when the input can be read again. */
async function brokenAt(error: unknown, reading: ArrayReading, inChunk: string): Promise<CliError> {
  const exact = reading.reread === undefined ? undefined : await locateJsonError(reading.reread());
  if (exact === undefined) return new CliError(`the JSON array breaks ${inChunk}: ${reason(error)}`);
  return new CliError(`the JSON array breaks at byte ${exact.byte} (line ${exact.line}, column ${exact.column}): ${exact.reason}`);
}

/** The tokenizer's reason, without its prefix: `expected ','`, `expected a value`. */
function reason(error: unknown): string {
  return (error as Error).message.replace(/^Parser (cannot parse input: |has )/, '');
}
