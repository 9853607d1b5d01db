import { createReadStream } from 'node:fs';
import { finished, pipeline } from 'node:stream/promises';
import { openAtomicFile, type AtomicFile } from '../output/atomic-file';
import { createBufferedWriter, type BufferedWriter } from '../output/buffered-writer';
import type { InputShape } from '../input/detect-shape';
import type { CommandName, FailedRecord, NotedRecord } from '../records/task';
import { issueCounts, type Totals } from './totals';

/** Streams the `--report` JSON file: failed and noted records as they come, totals at the end. */
export interface ReportWriter {
  /** Appends failed records and migrated records with notes. */
  add(failures: readonly FailedRecord[], noted: readonly NotedRecord[]): Promise<void>;
  /** Writes the notes, the totals and renames the file into place. */
  commit(totals: Totals): Promise<void>;
  /** Deletes the temporary files; the report path is left as it was. */
  abort(): Promise<void>;
}

/** What the report says about its run. */
export interface ReportHeader {
  /** The command that ran. */
  readonly command: CommandName;
  /** The input's path, or `-` for stdin. */
  readonly input: string;
  /** The input's detected shape. */
  readonly shape: InputShape;
}

/** A list of records streamed as JSON array elements, one per line, to a file. */
interface Section {
  readonly file: AtomicFile;
  readonly out: BufferedWriter;
  count: number;
}

/**
 * Starts the report in the `--report` file, opened (atomically, like `--out`) before the run read
 * anything. Failed records are streamed to it
 * as they come, so memory stays constant however many records fail; migrated records with notes are
 * streamed to a temporary file of their own beside it (opened at the first note) and copied in at
 * the end, after the failed records. The totals and counts per code, known only at the end, come
 * last (JSON key order carries no meaning). The format is documented in `docs/cli.md`.
 *
 * Writing fails with a {@link CliError} when the file cannot be written (exit 2).
 *
 * @example
 * const report = startReport(await openAtomicFile('report.json'), { command: 'migrate', input: '-', shape: 'ndjson' });
 * await report.add(result.failures, result.noted);
 * await report.commit(totals);
 */
export function startReport(file: AtomicFile, header: ReportHeader): ReportWriter {
  const failed = section(file);
  failed.out.write(`{\n  "version": 1,\n  "command": ${JSON.stringify(header.command)},\n  "input": ${JSON.stringify(header.input)},\n  "shape": ${JSON.stringify(header.shape)},\n  "failed": [`);
  let noted: Section | undefined;
  return {
    async add(failures, notes) {
      await append(failed, failures);
      if (notes.length > 0) await append((noted ??= section(await openAtomicFile(file.path))), notes);
    },
    async commit(totals) {
      const success = header.command === 'migrate' ? 'migrated' : 'valid';
      const summary = { read: totals.read, [success]: totals.succeeded, failed: totals.failed, warnings: totals.warnings, notes: totals.notes };
      const codes = issueCounts(totals);
      failed.out.write(`${failed.count === 0 ? '' : '\n  '}],\n  "notes": [`);
      if (noted !== undefined) {
        // The notes' file, copied in after what is written so far; then it is deleted.
        await noted.out.flush();
        noted.file.stream.end();
        await finished(noted.file.stream);
        await failed.out.flush();
        await pipeline(createReadStream(noted.file.tempPath), failed.file.stream, { end: false });
        await noted.file.abort();
      }
      failed.out.write(`${noted === undefined ? '' : '\n  '}],\n  "totals": ${JSON.stringify(summary)},\n  "codes": ${JSON.stringify(codes)}\n}\n`);
      await failed.out.flush();
      await failed.file.commit();
    },
    async abort() {
      await noted?.file.abort();
      await failed.file.abort();
    },
  };
}

function section(file: AtomicFile): Section {
  return { file, out: createBufferedWriter(file.stream, `"${file.path}"`), count: 0 };
}

/** Writes records as array elements, `\n    {...}` separated by commas; flushes when the buffer is full. */
async function append(to: Section, records: readonly (FailedRecord | NotedRecord)[]): Promise<void> {
  for (const record of records) {
    to.out.write(`${to.count === 0 ? '\n' : ',\n'}    ${JSON.stringify(record)}`);
    to.count += 1;
  }
  if (to.out.full()) await to.out.flush();
}
