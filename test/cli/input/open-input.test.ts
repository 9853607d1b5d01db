import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isCliError } from '../../../src/cli/errors';
import { openInput, type Input } from '../../../src/cli/input/open-input';

async function drain(input: Input): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input.chunks) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

describe('openInput', () => {
  it('opens a file with its size, and counts the bytes handed out', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dwo-cli-open-')), 'in.ndjson');
    writeFileSync(path, '{"a":1}\n');
    const input = await openInput(path, Readable.from([]));
    expect([input.name, input.size, input.bytesRead()]).toEqual([path, 8, 0]);
    expect(await drain(input)).toBe('{"a":1}\n');
    expect(input.bytesRead()).toBe(8);
  });

  it('reads stdin for "-" or no file, without a size; text chunks become bytes', async () => {
    const input = await openInput('-', Readable.from(['{"a":', Buffer.from('1}')]));
    expect([input.name, input.size]).toEqual(['-', undefined]);
    expect(await drain(input)).toBe('{"a":1}');
    expect((await openInput(undefined, Readable.from([]))).name).toBe('-');
  });

  it('has no size for a file that is not a regular file', async () => {
    const input = await openInput('/dev/null', Readable.from([]));
    expect(input.size).toBeUndefined();
    expect(await drain(input)).toBe('');
  });

  it.each([
    [Object.assign(new Error('read failed'), { code: 'EISDIR' }), 'it is a directory'],
    [Object.assign(new Error('read failed'), { code: 'EIO' }), 'read failed'],
    [new Error('plain'), 'plain'],
  ])('turns a read error into a CliError: %s', async (error, reason) => {
    const stdin = new Readable({ read() {} });
    setImmediate(() => stdin.destroy(error));
    const caught: unknown = await drain(await openInput('-', stdin)).catch((e: unknown) => e);
    expect(isCliError(caught) && caught.message).toBe(`cannot read "-": ${reason}`);
  });

  it('names something thrown that is not an Error', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.from('a');
      throw 'gone'; // a stream may fail with anything
    }
    const caught: unknown = await drain(await openInput('-', Readable.from(failing()))).catch((e: unknown) => e);
    expect(isCliError(caught) && caught.message).toBe('cannot read "-": gone');
  });
});
