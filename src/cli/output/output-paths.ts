import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../errors';

/** The paths a run names, as given on the command line. */
export interface RunPaths {
  /** The input file; `undefined` or `-` for stdin. */
  readonly input: string | undefined;
  /** `--out`, when given and not `-` (stdout). */
  readonly out: string | undefined;
  /** `--report`, when given. */
  readonly report: string | undefined;
}

/**
 * Checks `--out` and `--report` before a run reads anything: `--report -` is refused (the report
 * is a file; stdout carries the Work Orders), and so is any output naming the input file (it would
 * replace the records it was made from, and the records that failed with them) or both outputs
 * naming the same file (the report would silently replace the Work Orders), by path or through a
 * link.
 *
 * @throws {CliError} On any of these mistakes (exit 2).
 *
 * @example
 * await checkOutputPaths({ input: 'jobs.ndjson', out: 'work-orders.ndjson', report: 'report.json' });
 */
export async function checkOutputPaths({ input, out, report }: RunPaths): Promise<void> {
  if (report === '-') throw new CliError('--report needs a file: the report is written to a file, never to stdout ("-")');
  const file = input === '-' ? undefined : input;
  for (const [option, path] of [['--out', out], ['--report', report]] as const) {
    if (file !== undefined && path !== undefined && (await samePath(file, path))) {
      throw new CliError(`${option} names the input file ("${path}"): writing the ${option === '--out' ? 'Work Orders' : 'report'} there would replace the records being read; write to another file`);
    }
  }
  if (out !== undefined && report !== undefined && (await samePath(out, report))) {
    throw new CliError(`--out and --report name the same file ("${out}", "${report}"): give each its own`);
  }
}

/** True when both paths are one file: the same path once resolved, or a hard or symbolic link to it. */
async function samePath(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [statA, statB] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return statA !== undefined && statB !== undefined && statA.dev === statB.dev && statA.ino === statB.ino;
}
