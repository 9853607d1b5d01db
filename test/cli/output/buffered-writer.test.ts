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
    const out = createBufferedWriter(stream, 'stdout');
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
    const out = createBufferedWriter(stream, 'stdout');
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
    const flushing = createBufferedWriter(stream, 'stdout').flush().then(() => (flushed = true));
    await new Promise(setImmediate);
    expect(flushed).toBe(false);
    stream.release();
    await flushing;
    expect(flushed).toBe(true);
  });

  it('rejects with a CliError naming the stream when it closes while it waits (EPIPE), or fails', async () => {
    const closed = slowStream(4);
    const out = createBufferedWriter(closed, 'stderr');
    out.write('12345');
    const closing = out.flush();
    closed.destroy();
    await expect(closing).rejects.toMatchObject({ name: 'CliError', exitCode: 2, message: 'stderr was closed before the run ended (EPIPE)' });

    const failing = slowStream(4);
    const failed = createBufferedWriter(failing, '"out.json"');
    failed.write('12345');
    const flushing = failed.flush();
    failing.destroy(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    await expect(flushing).rejects.toMatchObject({ name: 'CliError', message: 'cannot write "out.json": ENOSPC: no space left on device, write' });
    // The error is kept: the next flush fails at once.
    await expect(failed.flush()).rejects.toMatchObject({ name: 'CliError', message: 'cannot write "out.json": ENOSPC: no space left on device, write' });
  });

  it('names a write that throws, whatever it throws', async () => {
    const stream = slowStream(1024);
    stream.write = () => {
      throw 'gone';
    };
    const out = createBufferedWriter(stream, 'stdout');
    out.write('x');
    await expect(out.flush()).rejects.toMatchObject({ name: 'CliError', message: 'cannot write stdout: gone' });
  });
});
