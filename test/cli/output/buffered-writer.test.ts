import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBufferedWriter } from '../../../src/cli/output/buffered-writer';

/** A writable stream whose writes complete only when `release()` is called. */
function slowStream(highWaterMark: number): Writable & { written: () => string; release: () => void } {
  let written = '';
  const waiting: (() => void)[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      waiting.push(done);
    },
  });
  return Object.assign(stream, { written: () => written, release: () => waiting.splice(0).forEach((done) => done()) });
}

describe('createBufferedWriter', () => {
  it('keeps text until flushed, then writes it in one piece', async () => {
    const stream = slowStream(1024);
    const out = createBufferedWriter(stream);
    out.write('a');
    out.write('b');
    expect(stream.written()).toBe('');
    expect(out.full()).toBe(false);
    const flushing = out.flush();
    stream.release();
    await flushing;
    expect(stream.written()).toBe('ab');
  });

  it('says when it is full (64 KiB) and waits for a slow stream to drain', async () => {
    const stream = slowStream(16);
    const out = createBufferedWriter(stream);
    out.write('x'.repeat(64 * 1024));
    expect(out.full()).toBe(true);
    let flushed = false;
    const flushing = out.flush().then(() => (flushed = true));
    await new Promise(setImmediate);
    expect(flushed).toBe(false);
    stream.release();
    await flushing;
    expect(flushed).toBe(true);
  });

  it('with nothing queued, still waits while the stream needs to drain', async () => {
    const stream = slowStream(4);
    stream.write('12345');
    expect(stream.writableNeedDrain).toBe(true);
    let flushed = false;
    const flushing = createBufferedWriter(stream).flush().then(() => (flushed = true));
    await new Promise(setImmediate);
    expect(flushed).toBe(false);
    stream.release();
    await flushing;
    expect(flushed).toBe(true);
  });

  it('rejects with EPIPE when the stream closes while it waits, and with the error when it fails', async () => {
    const closed = slowStream(4);
    const out = createBufferedWriter(closed);
    out.write('12345');
    const closing = out.flush();
    closed.destroy();
    await expect(closing).rejects.toMatchObject({ code: 'EPIPE', message: 'the output was closed' });

    const failing = slowStream(4);
    const failed = createBufferedWriter(failing);
    failed.write('12345');
    const flushing = failed.flush();
    failing.destroy(new Error('disk full'));
    await expect(flushing).rejects.toThrow('disk full');
    // The error is kept: the next flush fails at once.
    await expect(failed.flush()).rejects.toThrow('disk full');
  });
});
