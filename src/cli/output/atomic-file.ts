import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { chmod, rename, stat, unlink } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../errors';

/** A file written under a temporary name and renamed into place only when the run succeeds. */
export interface AtomicFile {
  /** The final path. */
  readonly path: string;
  /** The temporary file's path, in the same folder (so the rename is atomic). */
  readonly tempPath: string;
  /** The stream to write to. */
  readonly stream: WriteStream;
  /** Ends the stream, flushes it to disk and renames the temporary file to `path`. */
  commit(): Promise<void>;
  /** Closes the stream and deletes the temporary file; `path` is left as it was. */
  abort(): Promise<void>;
}

/** Temporary files not yet committed or aborted, deleted synchronously if the process is stopped. */
const pending = new Set<string>();

/**
 * Opens `path` for an atomic write: the data goes to a temporary file beside it
 * (`.<name>.<pid>-<random>.tmp`), renamed over `path` by `commit()`. A run that is killed or fails
 * never leaves a partial `path`; {@link removePendingFilesSync} deletes the temporary files on
 * signals and exits. The file keeps the mode of the file it replaces (a `0600` file stays `0600`:
 * the temporary file is private from the start); a new file is created `0644` less the umask, so
 * never writable by group or others.
 *
 * @throws {CliError} When `path` is a directory or another file that is not a regular file (a
 * device, a pipe), or its folder cannot be written (exit 2).
 *
 * @example
 * const file = await openAtomicFile('out.ndjson');
 * file.stream.write('{}\n');
 * await file.commit();
 */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory() === true) throw new CliError(`cannot write "${path}": it is a directory`);
  // A device or a pipe (/dev/null, a FIFO) would be replaced by a regular file: never.
  if (existing !== undefined && !existing.isFile()) throw new CliError(`cannot write "${path}": it is not a regular file, and --out and --report replace the file they name when the run ends`);
  const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const stream = createWriteStream(tempPath, { flags: 'wx', flush: true, mode: existing === undefined ? 0o644 : 0o600 });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => reject(new CliError(`cannot write "${path}": ${error.message}`)));
  });
  pending.add(tempPath);
  // Before any data is written: the mode of the file it replaces, exactly (chmod ignores the umask).
  if (existing !== undefined) await chmod(tempPath, existing.mode & 0o777);
  // A write error (disk full…) is kept on `stream.errored` and reported by the next flush or commit.
  stream.on('error', () => undefined);
  let settled = false;
  return {
    path,
    tempPath,
    stream,
    async commit() {
      if (settled) return;
      settled = true;
      try {
        stream.end();
        await finished(stream);
        await rename(tempPath, path);
      } catch (error) {
        await unlink(tempPath).catch(() => undefined);
        // A stream or file system error (disk full, the folder gone…).
        throw new CliError(`cannot write "${path}": ${(error as Error).message}`);
      } finally {
        pending.delete(tempPath);
      }
    },
    async abort() {
      if (settled) return;
      settled = true;
      stream.destroy();
      await unlink(tempPath).catch(() => undefined);
      pending.delete(tempPath);
    },
  };
}

/**
 * Deletes every temporary file not yet committed, synchronously: for signal handlers and the
 * process `exit` event, where asynchronous work no longer runs.
 *
 * @example
 * process.on('exit', removePendingFilesSync);
 */
export function removePendingFilesSync(): void {
  for (const tempPath of pending) {
    try {
      unlinkSync(tempPath);
    } catch {
      // Already gone.
    }
    pending.delete(tempPath);
  }
}
