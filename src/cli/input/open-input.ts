import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CliError } from '../errors';

/** An opened input: a file or stdin, read as byte chunks. */
export interface Input {
  /** How the input is named in messages and the report: the path, or `-` for stdin. */
  readonly name: string;
  /** Size in bytes when known (a regular file), for the progress bar. */
  readonly size: number | undefined;
  /** The bytes, in order; read once. */
  readonly chunks: AsyncIterable<Buffer>;
  /** Bytes handed out by `chunks` so far. */
  bytesRead(): number;
  /** Reads a regular file again from its start (to locate a syntax error); `undefined` for stdin and pipes. */
  readonly reread: (() => AsyncIterable<Buffer>) | undefined;
}

/** Chunk size for files: large enough for throughput, small enough for constant memory. */
const HIGH_WATER_MARK = 64 * 1024;

/**
 * Opens the input of a run: `file`, or `stdin` when `file` is `undefined` or `-`.
 *
 * @throws {CliError} When the file cannot be opened or is a directory (exit 2).
 *
 * @example
 * const input = await openInput('jobs.ndjson', process.stdin);
 */
export async function openInput(file: string | undefined, stdin: Readable): Promise<Input> {
  if (file === undefined || file === '-') return counted('-', undefined, stdin, undefined);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new CliError(`cannot read "${file}": ${reason(error)}`);
  }
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    await handle.close();
    throw new CliError(`cannot read "${file}": it is a directory`);
  }
  const reread = stats.isFile() ? (): AsyncIterable<Buffer> => createReadStream(file, { highWaterMark: HIGH_WATER_MARK }) : undefined;
  return counted(file, stats.isFile() ? stats.size : undefined, handle.createReadStream({ highWaterMark: HIGH_WATER_MARK }), reread);
}

function counted(name: string, size: number | undefined, stream: Readable, reread: Input['reread']): Input {
  let bytes = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        bytes += buffer.length;
        yield buffer;
      }
    } catch (error) {
      throw new CliError(`cannot read "${name}": ${reason(error)}`);
    }
  }
  return { name, size, chunks: chunks(), bytesRead: () => bytes, reread };
}

/** Plain words for the system errors a user meets most. */
const REASONS: ReadonlyMap<unknown, string> = new Map([
  ['ENOENT', 'no such file'],
  ['EACCES', 'permission denied'],
  ['EISDIR', 'it is a directory'],
]);

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return REASONS.get((error as NodeJS.ErrnoException).code) ?? error.message;
}
