import { openAtomicFile, type AtomicFile } from '../output/atomic-file';
import { createBufferedWriter, type BufferedWriter } from '../output/buffered-writer';
import type { InputShape } from '../input/detect-shape';
import type { CommandName, FailedRecord } from '../records/task';
import type { Totals } from './totals';

/** Streams the `--report` JSON file: failed records as they come, totals at the end. */
export interface ReportWriter {
  /** Appends failed records. */
  add(failures: readonly FailedRecord[]): Promise<void>;
  /** Writes the totals and renames the file into place. */
  commit(totals: Totals): Promise<void>;
  /** Deletes the temporary file; the report path is left as it was. */
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

/**
 * Opens the `--report` file (written atomically, like `--out`). Failed records are streamed to it
 * as they come, so memory stays constant however many records fail; the totals and counts per code,
 * known only at the end, come after them (JSON key order carries no meaning). The format is
 * documented in `docs/cli.md`.
 *
 * @throws {CliError} When the file cannot be written (exit 2).
 *
 * @example
 * const report = await openReport('report.json', { command: 'migrate', input: '-', shape: 'ndjson' });
 * await report.add(result.failures);
 * await report.commit(totals);
 */
export async function openReport(path: string, header: ReportHeader): Promise<ReportWriter> {
  const file: AtomicFile = await openAtomicFile(path);
  const out: BufferedWriter = createBufferedWriter(file.stream);
  out.write(`{\n  "version": 1,\n  "command": ${JSON.stringify(header.command)},\n  "input": ${JSON.stringify(header.input)},\n  "shape": ${JSON.stringify(header.shape)},\n  "failed": [`);
  let count = 0;
  return {
    async add(failures) {
      for (const failure of failures) {
        out.write(`${count === 0 ? '\n' : ',\n'}    ${JSON.stringify(failure)}`);
        count += 1;
      }
      if (out.full()) await out.flush();
    },
    async commit(totals) {
      const success = header.command === 'migrate' ? 'migrated' : 'valid';
      const summary = { read: totals.read, [success]: totals.succeeded, failed: totals.failed, warnings: totals.warnings };
      const codes = Object.fromEntries([...totals.codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      out.write(`${count === 0 ? '' : '\n  '}],\n  "totals": ${JSON.stringify(summary)},\n  "codes": ${JSON.stringify(codes)}\n}\n`);
      await out.flush();
      await file.commit();
    },
    abort: () => file.abort(),
  };
}
