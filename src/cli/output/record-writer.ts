import type { InputShape } from '../input/detect-shape';
import type { BufferedWriter } from './buffered-writer';

/** Writes Work Orders in the input's shape. */
export interface RecordWriter {
  /** Writes the JSON text of successful records, in order. */
  write(records: readonly string[]): void;
  /** Writes what closes the output (`]` of an array); call once, after the last record. */
  end(): void;
}

/**
 * Frames Work Orders like the input was: a document gives one document (indented), an array an
 * array (one element per line), NDJSON one line per Work Order. Nothing is written for a document
 * that failed, and a failed run writes nothing more than what was written so far.
 *
 * @example
 * const writer = createRecordWriter('array', out);
 * writer.write(['{"a":1}', '{"a":2}']);
 * writer.end(); // '[\n{"a":1},\n{"a":2}\n]\n'
 */
export function createRecordWriter(shape: InputShape, out: BufferedWriter): RecordWriter {
  if (shape !== 'array') {
    return {
      write: (records) => {
        for (const record of records) out.write(`${record}\n`);
      },
      end: () => undefined,
    };
  }
  let count = 0;
  return {
    write: (records) => {
      for (const record of records) {
        out.write(count === 0 ? `[\n${record}` : `,\n${record}`);
        count += 1;
      }
    },
    end: () => out.write(count === 0 ? '[]\n' : '\n]\n'),
  };
}
