import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { main } from '../../../src/cli/main';

/** What an in-process run of the CLI gave. */
export interface MainRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runMain}. */
export interface RunMainOptions {
  /** The input on stdin: text, bytes (one chunk), a list of chunks, or a stream; none is empty. */
  readonly stdin?: string | Buffer | readonly Buffer[] | Readable;
  /** The stdout to write to, e.g. one that fails; by default one that collects the text. */
  readonly stdout?: Writable;
  /** Makes stderr look like a terminal (progress is drawn on terminals only). */
  readonly stderrIsTTY?: boolean;
  /** The worker thread script; by default the worker of the CLI built for this test run. */
  readonly workerUrl?: URL;
}

/** The worker thread script of the CLI built for this test run (test/cli/global-setup.ts). */
export function builtWorkerUrl(): URL {
  return new URL('worker.js', pathToFileURL(inject('cliPath')));
}

/** A writable stream that keeps what is written, as text. */
export function collector(): Writable & { text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/**
 * Runs the CLI in this process with `main()` (so coverage sees it), with in-memory stdin, stdout and
 * stderr. Worker threads, when a test asks for them with `--jobs`, run the worker of the CLI built
 * for this test run.
 */
export async function runMain(args: readonly string[], options: RunMainOptions = {}): Promise<MainRun> {
  const { stdin = '' } = options;
  const input = stdin instanceof Readable ? stdin : Readable.from(typeof stdin === 'string' || Buffer.isBuffer(stdin) ? [Buffer.from(stdin)] : stdin);
  const stdout = options.stdout ?? collector();
  const stderr = Object.assign(collector(), options.stderrIsTTY === true ? { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true } : {});
  const code = await main(['node', 'dispatch-workorder', ...args], {
    stdin: input,
    stdout,
    stderr,
    workerUrl: options.workerUrl ?? builtWorkerUrl(),
  });
  return { code, stdout: 'text' in stdout && typeof stdout.text === 'function' ? (stdout.text as () => string)() : '', stderr: stderr.text() };
}
