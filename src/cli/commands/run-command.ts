import type { Readable, Writable } from 'node:stream';
import { resolveMigrateOptions } from '../../migrate/options';
import { CliError } from '../errors';
import { openInput } from '../input/open-input';
import { readRecords } from '../input/read-records';
import { openAtomicFile, type AtomicFile } from '../output/atomic-file';
import { createBufferedWriter } from '../output/buffered-writer';
import { checkOutputPaths } from '../output/output-paths';
import { createRecordWriter } from '../output/record-writer';
import { startProgress } from '../progress/progress';
import { inlineExecutor, workerExecutor, type Executor } from '../records/executor';
import type { BatchResult, CommandName, Task, TaskOptions } from '../records/task';
import { formatBreakdown } from '../report/breakdown';
import { startReport, type ReportWriter } from '../report/report-writer';
import { addBatch, emptyTotals, formatSummary } from '../report/totals';

/** What a `migrate` or `validate` run was asked to do. */
export interface RunOptions {
  /** The command. */
  readonly command: CommandName;
  /** Input path; `undefined` or `-` reads stdin. */
  readonly file: string | undefined;
  /** `--out`: write Work Orders there atomically instead of stdout (`migrate` only). */
  readonly out: string | undefined;
  /** `--report`: write the JSON report there. */
  readonly report: string | undefined;
  /** `--quiet`: no warning or note lines, no progress, no summary. */
  readonly quiet: boolean;
  /** `--ignore`: codes whose lines are not printed (still counted and reported). */
  readonly ignore: readonly string[];
  /** `--max-record-size`: most bytes of one record. */
  readonly maxRecordBytes: number;
  /** `--jobs`: worker threads for large inputs; 1 keeps everything in the main thread. */
  readonly jobs: number;
  /** Library options (`status` and `localTimes` only for `migrate`). */
  readonly libraryOptions: TaskOptions;
  /** `--infer-timezone` (`migrate`): fill in and check time zones with `dispatch-workorder/timezone`. */
  readonly inferTimezone: boolean;
}

/** The process around a run, injectable for tests. */
export interface RunEnvironment {
  readonly stdin: Readable & { readonly isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable & { readonly isTTY?: boolean };
  /** URL of the worker bundle (`worker.js` next to the CLI). */
  readonly workerUrl: URL;
}

/** Records read before worker threads are started: small inputs are not worth their start-up. */
const WORKER_THRESHOLD = 2048;

/**
 * Runs `migrate` or `validate` over a file or stdin: checks the outputs, detects the input's shape,
 * processes records in input order (on worker threads once the input proves large), writes Work
 * Orders in the input's shape, one stderr line per issue, the report and the summary.
 *
 * @returns The exit code: 0 when every record succeeded, 1 when at least one failed.
 * @throws {CliError} On a usage error, unreadable input, invalid JSON (not NDJSON), an output that
 * cannot be written or stdout or stderr closed early (exit 2); the `--out` and `--report` files are
 * then left as they were.
 *
 * @example
 * const code = await runCommand({ command: 'migrate', file: 'jobs.ndjson', out: undefined, report: undefined, quiet: false, ignore: [], maxRecordBytes: 1 << 20, jobs: 1, libraryOptions: {}, inferTimezone: false }, env);
 */
export async function runCommand(options: RunOptions, env: RunEnvironment): Promise<number> {
  try {
    resolveMigrateOptions(options.libraryOptions);
  } catch (error) {
    // A TypeError from the library, whose message starts with the name the CLI prints anyway.
    throw new CliError((error as TypeError).message.replace(/^dispatch-workorder: /, ''));
  }
  const outPath = options.command === 'migrate' && options.out !== '-' ? options.out : undefined;
  await checkOutputPaths({ input: options.file, out: outPath, report: options.report });
  const task: Omit<Task, 'indent'> = {
    command: options.command,
    options: options.libraryOptions,
    inferTimezone: options.inferTimezone,
    quiet: options.quiet,
    ignore: options.ignore,
    collectReport: options.report !== undefined,
  };
  // stderr may be an asynchronous pipe: issue lines wait for a slow reader like records do.
  const err = createBufferedWriter(env.stderr, 'stderr');
  let outFile: AtomicFile | undefined;
  let reportFile: AtomicFile | undefined;
  let report: ReportWriter | undefined;
  let executor: Executor | undefined;
  let progress: ReturnType<typeof startProgress> | undefined;
  try {
    // The outputs are opened before the input is read, so a folder that cannot be written fails at once.
    if (outPath !== undefined) outFile = await openAtomicFile(outPath);
    if (options.report !== undefined) reportFile = await openAtomicFile(options.report);
    if ((options.file === undefined || options.file === '-') && env.stdin.isTTY === true) {
      err.write(`dispatch-workorder: reading ${options.command === 'migrate' ? 'Job Offers' : 'Work Orders'} from the terminal: paste JSON or NDJSON and press Ctrl-D (Ctrl-Z, Enter on Windows) to end, or give a file (--help for more)\n`);
      await err.flush();
    }
    const input = await openInput(options.file, env.stdin);
    const { shape, batches } = await readRecords(input, options.maxRecordBytes);
    const runTask: Task = { ...task, indent: shape === 'document' ? 2 : 0 };
    executor = inlineExecutor(runTask);
    progress = startProgress({ stream: env.stderr, total: input.size, quiet: options.quiet });
    if (reportFile !== undefined) report = startReport(reportFile, { command: options.command, input: input.name, shape });
    const out = createBufferedWriter(outFile?.stream ?? env.stdout, outFile === undefined ? 'stdout' : `"${outFile.path}"`);
    const records = createRecordWriter(shape, out);
    const writesRecords = options.command === 'migrate';
    const totals = emptyTotals();
    let dispatched = 0;
    const inFlight: Promise<BatchResult>[] = [];

    const consumeOne = async (): Promise<void> => {
      const result = await (inFlight.shift() as Promise<BatchResult>);
      addBatch(totals, result);
      if (writesRecords) records.write(result.outputs);
      if (result.stderr !== '') {
        if (progress?.active() === true) progress.log(result.stderr);
        else err.write(result.stderr);
      }
      await report?.add(result.failures, result.noted);
      await out.flush();
      await err.flush();
      progress?.update(totals.read, input.bytesRead());
    };

    for await (const batch of batches) {
      if (dispatched >= WORKER_THRESHOLD && options.jobs > 1 && executor.capacity === 1) {
        executor = workerExecutor(env.workerUrl, runTask, options.jobs);
      }
      dispatched += batch.length;
      const pending = executor.run(batch);
      pending.catch(() => undefined); // Awaited in order by consumeOne; this only silences early rejections.
      inFlight.push(pending);
      while (inFlight.length >= executor.capacity) await consumeOne();
    }
    while (inFlight.length > 0) await consumeOne();

    if (writesRecords) records.end();
    await out.flush();
    progress.stop();
    // The summary before the files are renamed into place: a stderr closed by now still ends the
    // run with exit 2 and the files as they were.
    if (!options.quiet) for (const line of [formatSummary(options.command, totals), ...formatBreakdown(totals)]) err.write(`${line}\n`);
    await err.flush();
    // A document that failed has nothing to write: `--out` is left as it was rather than emptied.
    if (outFile !== undefined) await (shape === 'document' && totals.succeeded === 0 ? outFile.abort() : outFile.commit());
    await report?.commit(totals);
    return totals.failed > 0 ? 1 : 0;
  } catch (error) {
    progress?.stop();
    await outFile?.abort();
    await (report ?? reportFile)?.abort();
    throw error;
  } finally {
    await executor?.close();
  }
}
