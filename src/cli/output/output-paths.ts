import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../errors';

/**
 * Checks `--out` and `--report` before a run reads anything: `--report -` is refused (the report
 * is a file; stdout carries the Work Orders), and so are both options naming the same file (the
 * report would silently replace the Work Orders), by path or through a link.
 *
 * @param out - `--out`, when given and not `-` (stdout).
 * @param report - `--report`, when given.
 * @throws {CliError} On either mistake (exit 2).
 *
 * @example
 * await checkOutputPaths('work-orders.ndjson', 'report.json');
 */
export async function checkOutputPaths(out: string | undefined, report: string | undefined): Promise<void> {
  if (report === '-') throw new CliError('--report needs a file: the report is written to a file, never to stdout ("-")');
  if (out === undefined || report === undefined) return;
  if (resolve(out) === resolve(report) || (await sameFile(out, report))) {
    throw new CliError(`--out and --report name the same file ("${out}", "${report}"): give each its own`);
  }
}

/** True when both paths exist and are the same file (a hard or symbolic link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [statA, statB] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return statA !== undefined && statB !== undefined && statA.dev === statB.dev && statA.ino === statB.ino;
}
