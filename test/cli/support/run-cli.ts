import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';

/** What a finished CLI run gave. */
export interface CliRun {
  /** Exit code, or `null` when the child was killed by a signal. */
  readonly code: number | null;
  /** Signal that killed the child, if any. */
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runCli}. */
export interface RunCliOptions {
  /** Written to the child's stdin, which is then closed; without it stdin is closed at once. */
  readonly stdin?: string | Buffer;
  /** Working directory. */
  readonly cwd?: string;
  /** Node options placed before the script, e.g. `['--import', preload]`. */
  readonly nodeArgs?: readonly string[];
}

/**
 * Spawns the built CLI (`node <cli> ...args`) and starts it; the caller drives stdin.
 */
export function spawnCli(args: readonly string[], options: Omit<RunCliOptions, 'stdin'> = {}): ChildProcess {
  return spawn(process.execPath, [...(options.nodeArgs ?? []), inject('cliPath'), ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/**
 * Runs the built CLI to completion with real stdin, stdout, stderr and exit code.
 */
export function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<CliRun> {
  const child = spawnCli(args, options);
  const run = collect(child);
  child.stdin?.end(options.stdin ?? '');
  return run;
}

/** Collects a spawned child's output and exit; the caller drives its stdin. */
export function collect(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin?.on('error', () => undefined); // The CLI may stop reading early (exit 2): EPIPE is expected.
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Splits output into lines, without the empty string after the last newline. */
export function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}
