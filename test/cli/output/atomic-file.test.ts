import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCliError } from '../../../src/cli/errors';
import { openAtomicFile, removePendingFilesSync } from '../../../src/cli/output/atomic-file';

const newDir = (): string => mkdtempSync(join(tmpdir(), 'dwo-cli-atomic-'));

describe('openAtomicFile', () => {
  it('writes to a temporary file beside the path and renames it on commit; a second commit does nothing', async () => {
    const dir = newDir();
    const file = await openAtomicFile(join(dir, 'out.ndjson'));
    expect(file.tempPath).toMatch(new RegExp(`/\\.out\\.ndjson\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
    file.stream.write('{}\n');
    expect(existsSync(join(dir, 'out.ndjson'))).toBe(false);
    await file.commit();
    await file.commit();
    await file.abort();
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8')).toBe('{}\n');
  });

  it('keeps the mode of the file it replaces, and the temporary file is never more open than that', async () => {
    const dir = newDir();
    const path = join(dir, 'private.ndjson');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    const file = await openAtomicFile(path);
    expect(statSync(file.tempPath).mode & 0o777).toBe(0o600);
    file.stream.write('new\n');
    await file.commit();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('new\n');

    chmodSync(path, 0o640);
    const again = await openAtomicFile(path);
    await again.commit();
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('creates a new file writable by its owner only (0644 less the umask)', async () => {
    const dir = newDir();
    const file = await openAtomicFile(join(dir, 'new.ndjson'));
    await file.commit();
    const mode = statSync(join(dir, 'new.ndjson')).mode & 0o777;
    expect(mode & 0o022).toBe(0);
    expect(mode & 0o600).toBe(0o600);
  });

  it('refuses a directory, and a file that is not a regular file (a device), before writing anything', async () => {
    const dir = newDir();
    const error: unknown = await openAtomicFile(dir).catch((caught: unknown) => caught);
    expect(isCliError(error) && error.message).toBe(`cannot write "${dir}": it is a directory`);
    const device: unknown = await openAtomicFile('/dev/null').catch((caught: unknown) => caught);
    expect(isCliError(device) && device.message).toBe('cannot write "/dev/null": it is not a regular file, and --out and --report replace the file they name when the run ends');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails the commit with a CliError, and removes its temporary file, when the rename fails', async () => {
    const dir = newDir();
    const target = join(dir, 'taken');
    const file = await openAtomicFile(target);
    mkdirSync(join(target, 'inside'), { recursive: true }); // a non-empty folder cannot be renamed over
    const error: unknown = await file.commit().catch((caught: unknown) => caught);
    expect(isCliError(error) && error.message).toMatch(/^cannot write ".+taken": (ENOTEMPTY|EISDIR|EEXIST)/);
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('fails the commit with a CliError when the stream failed (disk full…), and removes its temporary file', async () => {
    const dir = newDir();
    const file = await openAtomicFile(join(dir, 'full.json'));
    file.stream.destroy(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    const error: unknown = await file.commit().catch((caught: unknown) => caught);
    expect(isCliError(error) && error.message).toBe(`cannot write "${join(dir, 'full.json')}": ENOSPC: no space left on device, write`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails the commit with a CliError when its temporary file was removed by someone else', async () => {
    const dir = newDir();
    const file = await openAtomicFile(join(dir, 'gone.json'));
    unlinkSync(file.tempPath);
    const error: unknown = await file.commit().catch((caught: unknown) => caught);
    expect(isCliError(error) && error.message).toMatch(/^cannot write ".+gone\.json": ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('removePendingFilesSync', () => {
  it('deletes the temporary files not yet committed or aborted, also when one is already gone', async () => {
    const dir = newDir();
    const first = await openAtomicFile(join(dir, 'a.json'));
    const second = await openAtomicFile(join(dir, 'b.json'));
    const done = await openAtomicFile(join(dir, 'c.json'));
    await done.commit();
    unlinkSync(second.tempPath);
    removePendingFilesSync();
    expect(readdirSync(dir)).toEqual(['c.json']);
    expect(existsSync(first.tempPath)).toBe(false);
    // Nothing is pending any more; aborting afterwards is harmless.
    removePendingFilesSync();
    await first.abort();
    await second.abort();
  });
});
