import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { version } from '../../../package.json';
import { StatusSchema, type Status } from '../../schemas/enums';
import type { PhoneCountry, PhoneFormat } from '../../normalize/phone';
import type { LocalTimes } from '../../migrate/options';
import { resolveValidateOptions } from '../../validate/options';
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
2 usage error, unreadable input, or invalid JSON (not NDJSON).

Examples:
  $ dispatch-workorder migrate job-offer.json
  $ dispatch-workorder migrate offers.ndjson --out work-orders.ndjson --report report.json
  $ cat offers.ndjson | dispatch-workorder migrate --status offered --quiet > work-orders.ndjson
  $ dispatch-workorder migrate offers.ndjson --infer-timezone --local-times location --now now
  $ dispatch-workorder validate work-orders.json --phone-format RFC3966 --report report.json
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
      .addOption(new Option('-j, --jobs <n>', 'worker threads for large inputs (1: main thread only)').argParser(positiveInteger).default(defaultJobs()))
      .option('-q, --quiet', 'print errors only: no warnings, progress or summary')
      .exitOverride();

  common(
    program
      .command('migrate')
      .description('migrate Job Offers to Work Orders; Work Orders go to stdout or --out, issues to stderr')
      .option('-o, --out <file>', 'write Work Orders to <file> atomically instead of stdout')
      .addOption(new Option('--status <status>', 'starting status to put on every Work Order').choices(StatusSchema.options))
      .addOption(new Option('--local-times <mode>', 'window times without an offset: an error, or wall-clock time at the location').choices(['reject', 'location']).default('reject'))
      .option('--infer-timezone', 'fill in a missing location time zone from the postal code and check a given one'),
  ).action(async (file: string | undefined, options: ParsedOptions) => {
      setExitCode(await run(toRunOptions('migrate', file, options)));
    });

  common(program.command('validate').description('validate Work Orders against the schema and business rules; issues go to stderr')).action(
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

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64.');
  return n;
}

/** One thread per core, at most 4: the main thread only reads and writes. */
function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}
