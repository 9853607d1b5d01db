import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { version } from '../../../package.json';
import { StatusSchema, type Status } from '../../schemas/enums';
import type { PhoneCountry, PhoneFormat } from '../../normalize/phone';
import type { LocalTimes } from '../../migrate/options';
import { resolveValidateOptions } from '../../validate/options';
import { DEFAULT_MAX_RECORD_BYTES, RECORD_LIMIT_RANGE } from '../input/record-limit';
import { KNOWN_CODES } from '../records/known-codes';
import type { TaskOptions } from '../records/task';
import type { RunOptions } from './run-command';

/** The parsed options of `migrate` and `validate`, as commander gives them. */
interface ParsedOptions {
  readonly out?: string;
  readonly report?: string;
  /** Always set: the option has a default. */
  readonly defaultCountry: PhoneCountry;
  /** Always set: the option has a default. */
  readonly phoneFormat: PhoneFormat;
  readonly status?: Status;
  readonly now?: string;
  /** `migrate` only, where it has a default. */
  readonly localTimes?: LocalTimes;
  readonly inferTimezone?: boolean;
  readonly jobs: number;
  readonly quiet?: boolean;
  /** Always set: the option has a default. */
  readonly ignore: readonly string[];
  /** Always set: the option has a default. */
  readonly maxRecordSize: number;
}

/** Where commander writes help and errors. */
export interface ProgramOutput {
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
}

const EXAMPLES = `
Input is one JSON document, a JSON array of records, or NDJSON (one record per line); the shape is
detected and the output keeps it. FILE "-" or no FILE reads stdin.

Exit codes: 0 every record succeeded (warnings allowed), 1 at least one record failed,
2 usage error, unreadable input, invalid JSON (not NDJSON) or an output that cannot be written.

Examples:
  $ dispatch-workorder migrate job-offer.json
  $ dispatch-workorder migrate offers.ndjson --out work-orders.ndjson --report report.json
  $ cat offers.ndjson | dispatch-workorder migrate --status offered --quiet > work-orders.ndjson
  $ dispatch-workorder migrate offers.ndjson --infer-timezone --local-times location --now now
  $ dispatch-workorder validate work-orders.json --phone-format RFC3966 --report report.json
`;

/** What `migrate --help` adds after the options. */
const MIGRATE_HELP = `
Input is one Job Offer (a JSON document), a JSON array of them, or NDJSON (one per line); the shape
is detected and the Work Orders are written in the same shape. FILE "-" or no FILE reads stdin.
Each issue is one stderr line, "record N: <error|warning|note> <path> <code>: <message>", and a
summary per code ends the run (unless --quiet).

Exit codes: 0 every Job Offer migrated (warnings allowed), 1 at least one failed (the others are
written), 2 usage error, unreadable input, invalid JSON (not NDJSON) or an output that cannot be
written (--out and --report are then left as they were).

Examples:
  $ dispatch-workorder migrate job-offer.json
  $ dispatch-workorder migrate offers.ndjson --out work-orders.ndjson --report report.json
  $ cat offers.ndjson | dispatch-workorder migrate --status offered --quiet > work-orders.ndjson
  $ dispatch-workorder migrate offers.ndjson --ignore dropped_field,unknown_field > work-orders.ndjson
  $ dispatch-workorder migrate offers.ndjson --infer-timezone --local-times location --now now
`;

/** What `validate --help` adds after the options. */
const VALIDATE_HELP = `
Input is one Work Order (a JSON document), a JSON array of them, or NDJSON (one per line); the
shape is detected. FILE "-" or no FILE reads stdin. Nothing is written to stdout: each issue is
one stderr line, "record N: <error|warning> <path> <code>: <message>", and a summary per code ends
the run (unless --quiet).

Exit codes: 0 every Work Order valid (warnings allowed), 1 at least one invalid, 2 usage error,
unreadable input, invalid JSON (not NDJSON) or a report that cannot be written.

Examples:
  $ dispatch-workorder validate work-order.json
  $ dispatch-workorder validate work-orders.ndjson --report report.json --quiet
  $ dispatch-workorder validate work-orders.json --phone-format RFC3966 --ignore unknown_field
  $ cat work-orders.ndjson | dispatch-workorder validate --now now
`;

/**
 * The CLI's command-line interface, built with commander: `migrate` and `validate` with the
 * library's options, `--help` and `--version`. Each command's action calls `run` and stores its
 * exit code; commander throws `CommanderError` for usage errors, help and version (exitOverride).
 *
 * @param run - Runs a parsed command and returns its exit code.
 * @param output - Where help and errors go.
 * @param setExitCode - Receives the exit code of the command that ran.
 *
 * @example
 * const program = createProgram((options) => runCommand(options, env), output, (code) => (exitCode = code));
 * await program.parseAsync(process.argv);
 */
export function createProgram(run: (options: RunOptions) => Promise<number>, output: ProgramOutput, setExitCode: (code: number) => void): Command {
  const program = new Command('dispatch-workorder')
    .description('Migrate Dispatch Job Offers to Work Orders and validate Work Orders, in batches.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .configureOutput(output)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  const common = (command: Command): Command =>
    command
      .argument('[file]', 'input file: a JSON document, a JSON array or NDJSON; "-" or none reads stdin')
      .option('-r, --report <file>', 'write a JSON report (failed records, notes, totals, counts per code) to <file>')
      .addOption(new Option('--default-country <country>', 'country of phone numbers written without +1').choices(['US', 'CA']).default('US'))
      .addOption(new Option('--phone-format <format>', 'how phone numbers are written').choices(['E.164', 'RFC3966']).default('E.164'))
      .addOption(new Option('--now <instant>', 'warn about windows that ended by <instant>: ISO 8601 with an offset, or "now" for the clock').argParser(instant))
      .addOption(new Option('-j, --jobs <n>', 'worker threads for large inputs (1: main thread only)').argParser(positiveInteger).default(defaultJobs(), `cores - 1, at most 4: ${defaultJobs()} here`))
      .addOption(new Option('--ignore <codes>', 'do not print the lines of these codes, comma-separated (still counted and reported)').argParser(codeList).default([], 'none'))
      .addOption(
        new Option('--max-record-size <size>', 'most bytes of one record, e.g. 1048576, 512KiB or 4MiB (1KiB to 16MiB)').argParser(recordSize).default(DEFAULT_MAX_RECORD_BYTES, '1MiB'),
      )
      .option('-q, --quiet', 'print errors only: no warnings, notes, progress or summary')
      .exitOverride();

  common(
    program
      .command('migrate')
      .description('migrate Job Offers to Work Orders; Work Orders go to stdout or --out, issues to stderr')
      .option('-o, --out <file>', 'write Work Orders to <file> atomically instead of stdout')
      .addOption(new Option('--status <status>', 'starting status to put on every Work Order').choices(StatusSchema.options))
      .addOption(new Option('--local-times <mode>', 'window times without an offset: an error, or wall-clock time at the location').choices(['reject', 'location']).default('reject'))
      .option('--infer-timezone', 'fill in a missing location time zone from the postal code and check a given one')
      .addHelpText('after', MIGRATE_HELP),
  ).action(async (file: string | undefined, options: ParsedOptions) => {
      setExitCode(await run(toRunOptions('migrate', file, options)));
    });

  common(program.command('validate').description('validate Work Orders against the schema and business rules; issues go to stderr').addHelpText('after', VALIDATE_HELP)).action(
    async (file: string | undefined, options: ParsedOptions) => {
      setExitCode(await run(toRunOptions('validate', file, options)));
    },
  );
  return program;
}

function toRunOptions(command: 'migrate' | 'validate', file: string | undefined, options: ParsedOptions): RunOptions {
  const libraryOptions: TaskOptions = {
    defaultCountry: options.defaultCountry,
    phoneFormat: options.phoneFormat,
    ...(options.status !== undefined && { status: options.status }),
    ...(options.now !== undefined && { now: options.now }),
    ...(options.localTimes !== undefined && { localTimes: options.localTimes }),
  };
  return {
    command,
    file,
    out: options.out,
    report: options.report,
    quiet: options.quiet === true,
    ignore: options.ignore,
    maxRecordBytes: options.maxRecordSize,
    jobs: options.jobs,
    libraryOptions,
    inferTimezone: options.inferTimezone === true,
  };
}

/**
 * `--now`: an ISO 8601 instant with an offset, as the library's `now` option takes it, or `now` for
 * the clock, read here once so every record (and every worker thread) uses the same instant.
 */
function instant(value: string): string {
  const now = value === 'now' ? new Date().toISOString() : value;
  try {
    resolveValidateOptions({ now });
  } catch {
    throw new InvalidArgumentError('expected an ISO 8601 date and time with an offset, e.g. 2017-01-01T00:00:00Z, or "now".');
  }
  return now;
}

/** `--ignore`: codes separated by commas, each a code a stderr line can carry; repeatable. */
function codeList(value: string, previous: readonly string[]): string[] {
  const codes = value.split(',').map((code) => code.trim()).filter((code) => code !== '');
  if (codes.length === 0) throw new InvalidArgumentError('expected one or more codes separated by commas, e.g. dropped_field,unknown_field.');
  const unknown = codes.filter((code) => !KNOWN_CODES.includes(code));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(`unknown code${unknown.length === 1 ? '' : 's'} ${unknown.map((code) => JSON.stringify(code)).join(', ')}; the codes are ${KNOWN_CODES.join(', ')}.`);
  }
  return [...previous, ...codes];
}

/** `--max-record-size`: bytes, or a number of KiB or MiB. */
function recordSize(value: string): number {
  const match = /^(\d+)\s*(B|KiB|MiB)?$/i.exec(value.trim());
  const unit = match?.[2]?.toLowerCase();
  const bytes = match === null ? Number.NaN : Number(match[1]) * (unit === 'mib' ? 1024 * 1024 : unit === 'kib' ? 1024 : 1);
  if (!(bytes >= RECORD_LIMIT_RANGE.min && bytes <= RECORD_LIMIT_RANGE.max)) {
    throw new InvalidArgumentError('expected a size from 1KiB to 16MiB: a number of bytes, or of KiB or MiB, e.g. 4MiB.');
  }
  return bytes;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64.');
  return n;
}

/**
 * One worker thread per core but one, at most 4: the main thread reads, parses arrays and writes,
 * and needs a core of its own. On 2 cores that is 1, everything in the main thread: measured on a
 * shared 2-core machine, 2 worker threads were slower than none and took twice the memory
 * (docs/cli.md, Performance).
 */
function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 4));
}
