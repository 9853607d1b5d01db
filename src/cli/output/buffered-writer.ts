import type { Writable } from 'node:stream';

/** Text written to a stream in large pieces, honouring backpressure. */
export interface BufferedWriter {
  /** Queues text; nothing reaches the stream until {@link BufferedWriter.flush} or the buffer is full. */
  write(text: string): void;
  /** True when the buffer is over its limit and should be flushed before writing more. */
  full(): boolean;
  /** Writes what is queued and waits while the stream is over its high-water mark. */
  flush(): Promise<void>;
}

/** Flush threshold: few large writes are much faster than many small ones. */
const LIMIT = 64 * 1024;

/**
 * Wraps a writable stream (stdout, a file) so records are written in large pieces and a slow reader
 * slows the run down instead of filling memory.
 *
 * @example
 * const out = createBufferedWriter(process.stdout);
 * out.write('{"a":1}\n');
 * await out.flush();
 */
export function createBufferedWriter(stream: Writable): BufferedWriter {
  let parts: string[] = [];
  let size = 0;
  return {
    write(text) {
      parts.push(text);
      size += text.length;
    },
    full: () => size >= LIMIT,
    async flush() {
      if (stream.errored !== null) throw stream.errored;
      if (size > 0) {
        const text = parts.join('');
        parts = [];
        size = 0;
        if (!stream.write(text)) await drained(stream);
      } else if (stream.writableNeedDrain) {
        await drained(stream);
      }
    },
  };
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
