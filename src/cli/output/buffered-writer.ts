import type { Writable } from 'node:stream';
import { CliError } from '../errors';

/** Text written to a stream in large pieces, honouring backpressure. */
export interface BufferedWriter {
  /** Queues text; nothing reaches the stream until {@link BufferedWriter.flush} or the buffer is full. */
  write(text: string): void;
  /** True when the buffer is over its limit and should be flushed before writing more. */
  full(): boolean;
  /**
   * Writes what is queued and waits while the stream is over its high-water mark.
   *
   * @throws {CliError} When the stream failed or was closed (its reader went away), naming it.
   */
  flush(): Promise<void>;
}

/** Flush threshold: few large writes are much faster than many small ones. */
const LIMIT = 64 * 1024;

/**
 * Wraps a writable stream (stdout, stderr, a file) so text is written in large pieces and a slow
 * reader slows the run down instead of filling memory. A stream that fails (disk full) or is closed
 * by its reader (`| head`) makes the next flush throw a {@link CliError} that names it: the run
 * then stops with exit 2 and one line, never a stack trace.
 *
 * @param stream - Where the text goes.
 * @param name - How messages name the stream: `stdout`, `stderr`, or a file's path in quotes.
 *
 * @example
 * const out = createBufferedWriter(process.stdout, 'stdout');
 * out.write('{"a":1}\n');
 * await out.flush();
 */
export function createBufferedWriter(stream: Writable, name: string): BufferedWriter {
  let parts: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (stream.errored !== null) throw stream.errored;
    if (size > 0) {
      const text = parts.join('');
      parts = [];
      size = 0;
      if (!stream.write(text)) await drained(stream);
    } else if (stream.writableNeedDrain) {
      await drained(stream);
    }
  };
  return {
    write(text) {
      parts.push(text);
      size += text.length;
    },
    full: () => size >= LIMIT,
    async flush() {
      try {
        await flush();
      } catch (error) {
        throw writeError(name, error);
      }
    },
  };
}

/** `stdout was closed before the run ended (EPIPE)`, `cannot write "out.json": ENOSPC: no space left on device, write`. */
function writeError(name: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') return new CliError(`${name} was closed before the run ended (EPIPE)`);
  return new CliError(`cannot write ${name}: ${error instanceof Error ? error.message : String(error)}`);
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error): void => {
      stream.off('drain', onDrain);
      stream.off('error', done);
      stream.off('close', onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = (): void => done();
    const onClose = (): void => done(Object.assign(new Error('the output was closed'), { code: 'EPIPE' }));
    stream.on('drain', onDrain);
    stream.on('error', done);
    stream.on('close', onClose);
  });
}
